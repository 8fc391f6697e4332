import type { Ctx } from './context';
import { fui, h, setAttr, setText } from './dom';

/*
 * Fluent UI v9 Switch and Dropdown as Teams' meeting options pane uses them. A Switch is an
 * `input[type=checkbox][role=switch]` whose state is its `checked` property (Fluent sets no
 * aria-checked); a Dropdown is a `button[role=combobox]` showing its value, opening a
 * `[role=listbox]` of `[role=option]` in a portal.
 */
export function fluentSwitch(ctx: Ctx, label: string, get: () => boolean, set: (on: boolean) => void): HTMLElement {
  const { doc } = ctx;
  const id = ctx.id('switch');
  const input = h(doc, 'input', { type: 'checkbox', role: 'switch', id, class: fui('Switch__input') });
  input.checked = get();
  input.addEventListener('click', () => {
    set(!get());
    input.checked = get();
  });
  return h(
    doc,
    'div',
    { class: fui('Switch') },
    input,
    h(doc, 'div', { class: fui('Switch__indicator'), 'aria-hidden': 'true' }),
    h(doc, 'label', { for: id, class: fui('Switch__label') }, label),
  );
}

export interface DropdownOption<V extends string> {
  value: V;
  text: string;
}

export function fluentDropdown<V extends string>(
  ctx: Ctx,
  label: string,
  options: DropdownOption<V>[],
  get: () => V,
  set: (value: V) => void,
): HTMLElement {
  const { doc } = ctx;
  const labelId = ctx.id('label');
  const buttonId = ctx.id('dropdown');
  const valueEl = h(doc, 'span', { class: fui('Dropdown__value') });
  const button = h(
    doc,
    'button',
    {
      type: 'button',
      role: 'combobox',
      id: buttonId,
      class: fui('Dropdown__button'),
      'aria-expanded': 'false',
      'aria-haspopup': 'listbox',
      'aria-labelledby': `${labelId} ${buttonId}`,
    },
    valueEl,
  );
  const show = () => setText(valueEl, options.find((o) => o.value === get())?.text ?? '');
  show();
  let close: (() => void) | null = null;
  button.addEventListener('click', () => {
    if (close) return close();
    const node = ctx.portal();
    const listbox = h(doc, 'div', { role: 'listbox', id: ctx.id('listbox'), class: fui('Listbox') });
    for (const option of options) {
      const el = h(
        doc,
        'div',
        { role: 'option', id: ctx.id('option'), class: fui('Option'), 'aria-selected': String(option.value === get()) },
        option.text,
      );
      el.addEventListener('click', () => {
        set(option.value);
        show();
        close?.();
      });
      listbox.append(el);
    }
    node.append(listbox);
    setAttr(button, 'aria-expanded', 'true');
    setAttr(button, 'aria-controls', listbox.id);
    close = () => {
      node.remove();
      setAttr(button, 'aria-expanded', 'false');
      setAttr(button, 'aria-controls', null);
      close = null;
    };
  });
  return h(
    doc,
    'div',
    { class: fui('Field') },
    h(doc, 'label', { id: labelId, class: fui('Label') }, label),
    h(doc, 'div', { class: fui('Dropdown') }, button),
  );
}
