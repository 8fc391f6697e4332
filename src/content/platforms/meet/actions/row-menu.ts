import { findControl } from '../../../kit/controls';
import { bail, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { rosterList, rowOf } from '../page';
import { L, S } from '../selectors';
import { findLabelled } from '../text';
import { ensurePeople } from './panels';

/** The target's row, found by its id (never by a shown name). */
export async function findRow(doc: Document, participantId: string, signal: AbortSignal): Promise<HTMLElement> {
  const row = rowOf(await ensurePeople(doc, signal), participantId);
  return row ?? bail('target-missing', `participant ${participantId} is not in the People list`);
}

export function rowGone(doc: Document, participantId: string): boolean {
  const list = rosterList(doc);
  return list !== null && rowOf(list, participantId) === null;
}

/** The row's overflow button: "More actions" by label, then `jsname=YEvVxd`, then any menu button. */
function moreButton(row: HTMLElement): HTMLElement {
  const buttons = row.querySelectorAll<HTMLElement>('button, [role="button"]');
  const labelled = findLabelled(buttons, L.moreActions);
  return required(labelled ?? findControl(S.rowMore, row), '"More actions" button in the row');
}

/**
 * The menu this opener controls: by aria-controls when set, else the last menu on the page
 * (Meet portals its menus to the end of body: file #57758765896).
 */
function menuOf(doc: Document, opener: HTMLElement): HTMLElement | null {
  const id = opener.getAttribute('aria-controls');
  if (id) return doc.getElementById(id);
  if (opener.getAttribute('aria-expanded') === 'false') return null;
  const menus = doc.querySelectorAll<HTMLElement>(S.menu.selectors[0]!);
  return menus.length > 0 ? menus[menus.length - 1]! : null;
}

/** Opens a menu with `opener`, waits for its items (they render after a delay) and clicks `labels`. */
export async function chooseItem(
  doc: Document,
  opener: HTMLElement,
  labels: readonly string[],
  what: string,
  signal: AbortSignal,
): Promise<void> {
  if (!menuOf(doc, opener)?.querySelector(S.menuItem.selectors[0]!)) opener.click();
  const items = await waitFor(
    () => {
      const found = menuOf(doc, opener)?.querySelectorAll<HTMLElement>(S.menuItem.selectors[0]!);
      return found && found.length > 0 ? [...found] : null;
    },
    `menu items for ${what}`,
    { signal },
  );
  required(findLabelled(items, labels), what).click();
}

export function chooseRowItem(
  doc: Document,
  row: HTMLElement,
  labels: readonly string[],
  what: string,
  signal: AbortSignal,
) {
  return chooseItem(doc, moreButton(row), labels, what, signal);
}
