import { findByLabel, findControl } from '../../../kit/controls';
import { waitFor } from '../../../kit/wait-for';
import { rosterList, rowOf } from '../page';
import { MENU_ITEM, ROW_KEY, S } from '../selectors';
import { bail, required } from '../../../kit/step';

/** The roster list, opening the Participants panel if the host closed it. */
export async function ensureRoster(doc: Document, signal: AbortSignal): Promise<HTMLElement> {
  const list = rosterList(doc);
  if (list) return list;
  required(findControl<HTMLElement>(S.participantsButton, doc), 'Participants button').click();
  return waitFor(() => rosterList(doc), 'participants list', { signal });
}

/** The target's row, found by its key: a participant's display name never steers this. */
export async function findRow(doc: Document, participantId: string, signal: AbortSignal): Promise<HTMLElement> {
  const row = rowOf(await ensureRoster(doc, signal), participantId);
  return row ?? bail('target-missing', `participant ${participantId} is not in the roster`);
}

/** The menu the row's own "More options" button controls, if open and about this row. */
function menuOf(doc: Document, more: Element, participantId: string): HTMLElement | null {
  if (more.getAttribute('aria-expanded') !== 'true') return null;
  const id = more.getAttribute('aria-controls');
  const menu = id ? doc.getElementById(id) : null;
  const about = menu?.getAttribute(ROW_KEY);
  return menu && (about === null || about === participantId) ? menu : null;
}

/**
 * Opens the row's More menu, waits for its items (they render after the client's delay) and
 * clicks the item labelled `label`. An item the menu does not offer is `control-missing`.
 */
export async function chooseRowItem(
  doc: Document,
  row: HTMLElement,
  participantId: string,
  label: string,
  signal: AbortSignal,
): Promise<void> {
  const more = required(findControl<HTMLElement>(S.rowMore, row), 'More options button in the row');
  if (!menuOf(doc, more, participantId)) more.click();
  const items = await waitFor(
    () => {
      const found = menuOf(doc, more, participantId)?.querySelectorAll<HTMLElement>(MENU_ITEM);
      return found && found.length > 0 ? [...found] : null;
    },
    'More options menu items',
    { signal },
  );
  required(findByLabel(items, [label]), `"${label}" in the More options menu`).click();
}

/** A dialog about this participant (a stale one about someone else does not count). */
export function waitDialog(
  doc: Document,
  spec: (typeof S)[keyof typeof S],
  participantId: string | null,
  signal: AbortSignal,
): Promise<HTMLElement> {
  return waitFor(
    () => {
      const dialog = findControl(spec, doc);
      return dialog && (participantId === null || dialog.getAttribute(ROW_KEY) === participantId) ? dialog : null;
    },
    spec.name,
    { signal },
  );
}

export function dialogButton(dialog: HTMLElement, label: string): HTMLElement {
  return required(findByLabel(dialog.querySelectorAll<HTMLElement>('button'), [label]), `"${label}" button`);
}
