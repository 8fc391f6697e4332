import { findByLabel, findControl } from '../../../kit/controls';
import { bail, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { walkRoster } from '../enumerate';
import { LABELS } from '../labels';
import { renderedRows, rosterList, rowCore } from '../page';
import { readerFor } from '../row-reader';
import { ROW_CONTAINER, S } from '../selectors';
import { chooseItem } from './menu';

/** The attendee tree, opening the People pane if it is closed (it is at the start of a call). */
export async function ensureRoster(doc: Document, signal: AbortSignal): Promise<HTMLElement> {
  const list = rosterList(doc);
  if (list) return list;
  const people = required(findControl<HTMLElement>(S.peopleButton, doc), 'People button');
  // A pressed People button or a pane already there means it is opening: a click would close it.
  if (people.getAttribute('aria-pressed') !== 'true' && !findControl(S.rosterPane, doc)) people.click();
  return waitFor(() => rosterList(doc), 'the attendee list', { signal, root: doc.documentElement });
}

const idOf = (doc: Document) => (row: Element) => readerFor(doc)(row)?.id ?? null;

/** The row whose id is `participantId`, scrolling a virtualised list until it renders. */
export async function findRow(doc: Document, participantId: string, signal: AbortSignal): Promise<HTMLElement> {
  const list = await ensureRoster(doc, signal);
  const read = idOf(doc);
  const inView = (rows: Element[]) => rows.find((row) => read(row) === participantId);
  let row = inView(renderedRows(list));
  if (!row) {
    await walkRoster(doc, read, signal, (rows) => (row = inView(rows)) !== undefined);
  }
  if (!row || !row.isConnected) bail('target-missing', `participant ${participantId} is not in the roster`);
  return row as HTMLElement;
}

/** A row is still listed: rendered, or (virtualised) found by scrolling. */
export async function stillListed(doc: Document, participantId: string, signal: AbortSignal): Promise<boolean> {
  const list = rosterList(doc);
  if (!list) return false;
  const read = idOf(doc);
  if (renderedRows(list).some((row) => read(row) === participantId)) return true;
  let found = false;
  await walkRoster(doc, read, signal, (rows) => (found = rows.some((row) => read(row) === participantId)));
  return found;
}

/**
 * The row's "More options" menu: Fluent renders a tree item's actions only while it is hovered
 * or focused, so the row is hovered first; right-click opens the same menu as a fallback.
 */
export async function chooseRowItem(
  doc: Document,
  row: HTMLElement,
  labels: readonly string[],
  what: string,
  signal: AbortSignal,
): Promise<void> {
  const scope = (rowCore(row).closest(ROW_CONTAINER) as HTMLElement | null) ?? row;
  const more = () => findByLabel(scope.querySelectorAll<HTMLElement>('button'), LABELS.rowMore);
  if (!more()) {
    scope.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    scope.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  }
  const button = await waitFor(more, '"More options" on the row', { signal, root: scope, timeoutMs: 500 }).catch(
    () => null,
  );
  if (button) return chooseItem(doc, button, labels, what, signal);
  scope.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, button: 2 }));
  return chooseItem(doc, scope, labels, what, signal);
}
