import { findByLabel } from '../../../kit/controls';
import { bail } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { MENU_ITEM } from '../selectors';

/*
 * Fluent v9 menus render in a portal at the end of <body>, labelled by their trigger's id when it
 * has one; their items arrive after the client's delay. Clicking an open menu's trigger again
 * closes it, so the trigger is clicked once and the items are awaited.
 */
export function menuFor(doc: Document, trigger: HTMLElement): HTMLElement | null {
  if (trigger.id) {
    const labelled = doc.querySelector<HTMLElement>(`[role="menu"][aria-labelledby~="${CSS.escape(trigger.id)}"]`);
    if (labelled) return labelled;
  }
  if (trigger.getAttribute('aria-expanded') !== 'true') return null;
  const controls = trigger.getAttribute('aria-controls');
  const byId = controls ? doc.getElementById(controls) : null;
  if (byId) return byId;
  const menus = doc.querySelectorAll<HTMLElement>('[role="menu"]');
  return menus.length > 0 ? menus[menus.length - 1]! : null;
}

/** Items of the open menu, once rendered. */
export async function menuItems(doc: Document, trigger: HTMLElement, what: string, signal: AbortSignal) {
  if (!menuFor(doc, trigger)) trigger.click();
  return waitFor(
    () => {
      const items = menuFor(doc, trigger)?.querySelectorAll<HTMLElement>(MENU_ITEM);
      return items && items.length > 0 ? [...items] : null;
    },
    `items of ${what}`,
    { signal, root: doc.documentElement },
  );
}

/** Opens `trigger`'s menu and clicks the item with one of `labels`; missing is `control-missing`. */
export async function chooseItem(
  doc: Document,
  trigger: HTMLElement,
  labels: readonly string[],
  what: string,
  signal: AbortSignal,
): Promise<void> {
  const items = await menuItems(doc, trigger, what, signal);
  const item = findByLabel(items, labels) ?? bail('control-missing', `${what}: "${labels[0]}" is not offered`);
  item.click();
}
