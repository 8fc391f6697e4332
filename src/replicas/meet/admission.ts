import type { ViewContext } from './context';
import { clear, h } from './dom';

/*
 * Someone asked to join (access Restricted): a pill "Admit 1 guest" / "Admit N people"; it
 * opens a tray with an "Admit" button per person (1-800-operator docs/dom-inventory-meet.md:
 * pill text /^Admit\s+\d+\s+(guest|people)/, tray button named "Admit").
 */
export function renderAdmission(ctx: ViewContext, slot: HTMLElement): void {
  const { doc, t, cls, model, actions } = ctx;
  clear(slot);
  if (model.knocking.length === 0) return;
  const tray = h(doc, 'div', { class: cls('admitTray'), hidden: '' });
  for (const entry of model.knocking) {
    const admit = h(doc, 'button', { type: 'button', class: cls('admitOne') }, t.admit);
    admit.addEventListener('click', () => actions.admit(entry.id));
    tray.append(h(doc, 'div', { class: cls('admitRow') }, h(doc, 'span', { class: 'notranslate' }, entry.name), admit));
  }
  const pill = h(doc, 'button', { type: 'button', class: cls('admitPill') }, t.admitGuests(model.knocking.length));
  pill.addEventListener('click', () => tray.toggleAttribute('hidden'));
  slot.append(pill, tray);
}
