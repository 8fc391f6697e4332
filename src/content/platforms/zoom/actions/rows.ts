import { findAllControls, findByLabel, findControl } from '../../../kit/controls';
import { bail, closeMenus, confirmed, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { walkRoster } from '../enumerate';
import { identityFor } from '../identity';
import { isPanelClosedLabel, participantsButton, rosterList } from '../page';
import { isComplete, resolveRows } from '../roster-source';
import { S } from '../selectors';

/** Items of the row menu portal (meeting-dom.md §1.2) and of any other role=menu list. */
const MENU_ITEM = '.zmu-portal-dropdown__menu-item > button, .zmu-portal-dropdown__menu-item-button, [role="menuitem"]';

/** The roster list, opening the Participants panel when it is closed (it is at mount, §1.1). */
export async function ensureRoster(doc: Document, signal: AbortSignal): Promise<HTMLElement> {
  const list = rosterList(doc);
  if (list) return list;
  const button = required(participantsButton(doc), 'Participants button');
  if (isPanelClosedLabel(button) || !findControl(S.participantsPanel, doc)) button.click();
  return waitFor(() => rosterList(doc), 'participants list', { signal });
}

/** The target's row, by the id the observer gave them; scrolls the virtualised list to find it. */
export async function findRow(doc: Document, participantId: string, signal: AbortSignal): Promise<HTMLElement> {
  const identity = identityFor(doc);
  const list = await ensureRoster(doc, signal);
  const match = (rows: HTMLElement[]) => rows.find((row) => identity.idOf(row) === participantId);
  const shown = match(resolveRows(doc, list));
  if (shown) return shown;
  if (!isComplete(doc, list)) {
    let found: HTMLElement | undefined;
    await walkRoster(doc, signal, (rows) => (found = match(rows)) !== undefined);
    if (found?.isConnected) return found;
  }
  return bail('target-missing', `participant ${participantId} is not in the roster`);
}

/**
 * Opens the row's "More options" menu and clicks the item labelled as asked. Zoom's menu is a
 * body portal not tied to its row in the DOM, so any menu already open is closed first: its items
 * may be about someone else.
 */
export async function chooseRowItem(
  doc: Document,
  row: HTMLElement,
  labels: readonly string[],
  what: string,
  signal: AbortSignal,
): Promise<void> {
  const more = required(findControl<HTMLElement>(S.rowMore, row), 'More options button in the row');
  if (findControl(S.rowMenu, doc)) {
    closeMenus(doc);
    await confirmed(() => !findControl(S.rowMenu, doc), 'the open menu closed', signal);
  }
  more.click();
  const items = await waitFor(
    () => {
      const found = findControl(S.rowMenu, doc)?.querySelectorAll<HTMLElement>(MENU_ITEM);
      return found && found.length > 0 ? [...found] : null;
    },
    'More options menu items',
    { signal },
  );
  required(findByLabel(items, labels), what).click();
}

/** Dialogs on the page now, to tell the one an action opens from those already there. */
export const openDialogs = (doc: Document): Set<HTMLElement> => new Set(findAllControls(S.dialog, doc));

/** Waits for a dialog that was not open before and that offers a button labelled as asked. */
export function waitNewDialog(
  doc: Document,
  before: ReadonlySet<HTMLElement>,
  button: readonly string[],
  what: string,
  signal: AbortSignal,
): Promise<{ dialog: HTMLElement; button: HTMLElement }> {
  return waitFor(
    () => {
      for (const dialog of findAllControls(S.dialog, doc).reverse()) {
        if (before.has(dialog)) continue;
        const found = findByLabel(dialog.querySelectorAll<HTMLElement>('button, [role="button"]'), button);
        if (found) return { dialog, button: found };
      }
      return null;
    },
    what,
    { signal },
  );
}
