import type { ViewContext } from './context';
import { h } from './dom';

/**
 * Meet's Material switch: `button[role=switch][aria-label=<label>][aria-checked]`, with the
 * visible label beside it (Thai test notes, file #68865946355, 2026-09: `button[role="switch"]
 * [aria-label="Let participants send messages"]`). It flips when the server has applied the
 * change (`update`), so an inert client leaves it where it was.
 */
export function switchRow(ctx: ViewContext, label: string, on: boolean, toggle: (want: boolean) => void): HTMLElement {
  const { doc, cls } = ctx;
  const control = h(doc, 'button', {
    type: 'button',
    class: cls('switch'),
    role: 'switch',
    'aria-label': label,
    'aria-checked': String(on),
  });
  control.addEventListener('click', () => toggle(control.getAttribute('aria-checked') !== 'true'));
  return h(doc, 'div', { class: cls('switchRow') }, h(doc, 'span', { class: cls('switchLabel') }, label), control);
}
