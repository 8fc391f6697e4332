import { findByLabel } from './controls';
import { confirmed, required } from './step';
import { waitFor } from './wait-for';

export interface MenuChoice {
  /** The button that opens the menu (a row's "More options", a toolbar button). */
  opener: HTMLElement;
  /** The open menu, or null while it is closed (menus are often portalled to the end of body). */
  menu: () => ParentNode | null;
  /** Selector of one item inside the menu. */
  item: string;
  /** The item's label in every language the adapter reads. */
  labels: readonly string[];
  /** Names the item in results, e.g. `"Remove" in the row menu`. */
  what: string;
  signal: AbortSignal;
}

/**
 * Opens a menu (unless it is open already), waits for its items (clients render them after a
 * delay) and clicks the one with the wanted label. A menu without that item is `control-missing`.
 */
export async function chooseMenuItem(choice: MenuChoice): Promise<HTMLElement> {
  const { opener, menu, item, labels, what, signal } = choice;
  if (!menu()?.querySelector(item)) opener.click();
  const items = await waitFor(
    () => {
      const found = menu()?.querySelectorAll<HTMLElement>(item);
      return found && found.length > 0 ? [...found] : null;
    },
    `items of the menu for ${what}`,
    { signal },
  );
  const chosen = required(findByLabel(items, labels), what);
  chosen.click();
  return chosen;
}

/** Resolves with a dialog once it renders; `find` decides which dialog counts (e.g. about this person). */
export function waitDialog(find: () => HTMLElement | null, what: string, signal: AbortSignal): Promise<HTMLElement> {
  return waitFor(find, what, { signal });
}

/** A dialog's button by its label (never by a participant's name, which the dialog may also show). */
export function dialogButton(dialog: ParentNode, labels: readonly string[], what: string): HTMLElement {
  return required(findByLabel(dialog.querySelectorAll<HTMLElement>('button, [role="button"]'), labels), what);
}

/**
 * Puts a switch or checkbox into the wanted state and confirms it from the page. `control` is
 * re-queried on every check: clients re-render switches after a toggle.
 */
export async function toggleTo(
  control: () => HTMLElement | null,
  want: boolean,
  isOn: (element: HTMLElement) => boolean,
  what: string,
  signal: AbortSignal,
): Promise<boolean> {
  const element = required(control(), what);
  if (isOn(element) === want) return true;
  element.click();
  return confirmed(
    () => {
      const now = control();
      return now !== null && isOn(now) === want;
    },
    `${what} = ${want}`,
    signal,
  );
}

/** `aria-checked` / `aria-pressed` / `checked`: how switches and checkboxes show their state. */
export function isChecked(element: HTMLElement): boolean {
  if (element instanceof HTMLInputElement) return element.checked;
  const state = element.getAttribute('aria-checked') ?? element.getAttribute('aria-pressed');
  return state === 'true';
}
