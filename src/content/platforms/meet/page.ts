import { findAllControls, findControl } from '../../kit/controls';
import { readRow, presenterOf, rowLabel } from './row-reader';
import { L, S } from './selectors';
import { findLabelled, textLeaves, withoutSuffix } from './text';

/* Cheap reads of the Meet call page: no layout reads, no clicks. */

/** The People list, or null while the panel is closed (a closed panel is not an empty call). */
export const rosterList = (doc: Document): HTMLElement | null => findControl(S.roster, doc);

export const rosterRows = (list: ParentNode): HTMLElement[] => findAllControls(S.row, list);

/**
 * The People button: aria-label "People" / "People - 3 joined" / "Show everyone" / FR
 * "Participants"; or the 2026 header chip `[role=button]` whose aria-labelledby text starts with
 * "People" (file #57758765896).
 */
export function peopleButton(doc: Document): HTMLElement | null {
  const button = findControl(S.peopleButton, doc);
  if (button) return button;
  for (const chip of doc.querySelectorAll<HTMLElement>('[role="button"][aria-labelledby]')) {
    const ref = chip.getAttribute('aria-labelledby')!.split(/\s+/)[0]!;
    const text = doc.getElementById(ref)?.textContent?.trim() ?? '';
    if (L.people.some((label) => text.startsWith(label))) return chip;
  }
  return null;
}

/**
 * In a call, not on the landing page or in the green room: "Leave call" plus a side-panel button
 * that only the call shows (meeboter: "Leave button ... exist in waiting room, so excluded. Only
 * side panel buttons reliably indicate true admission"), and no "Join now" / "Ask to join".
 */
export function inCall(doc: Document): boolean {
  if (!findControl(S.leaveCall, doc)) return false;
  const side =
    peopleButton(doc) ??
    findControl(S.chatButton, doc) ??
    findControl(S.hostControlsButton, doc) ??
    findLabelled(doc.querySelectorAll<HTMLElement>('button[aria-label]'), L.sideButtons);
  if (!side) return false;
  return !findLabelled(doc.querySelectorAll<HTMLElement>('button'), L.joinButtons);
}

/** The row of `participantId` in the open People list. */
export function rowOf(list: ParentNode, participantId: string): HTMLElement | null {
  for (const row of rosterRows(list)) if (readRow(row)?.id === participantId) return row;
  return null;
}

/** Presentation rows in the People list, with their presenter's shown name. */
export function presentationRows(list: ParentNode): { row: HTMLElement; presenter: string }[] {
  const out: { row: HTMLElement; presenter: string }[] = [];
  for (const row of rosterRows(list)) {
    const presenter = presenterOf(row);
    if (presenter !== null) out.push({ row, presenter });
  }
  return out;
}

/**
 * Names of whoever presents now. With the People list open, its presentation entries decide
 * (their structure cannot be faked by a name). Without it, the stage's "(Presentation)" tiles.
 */
export function presenterNames(doc: Document): string[] {
  const list = rosterList(doc);
  if (list) return presentationRows(list).map((entry) => entry.presenter);
  const stage = findControl(S.stage, doc);
  if (!stage) return [];
  const names = new Set<string>();
  for (const tile of stage.querySelectorAll('[data-self-name], [data-participant-id]')) {
    const presenter = withoutSuffix(tile.getAttribute('data-self-name') ?? '', L.presentationSuffix);
    if (presenter) names.add(presenter);
  }
  for (const leaf of textLeaves(stage)) {
    const presenter = withoutSuffix(leaf.text, L.presentationSuffix);
    if (presenter) names.add(presenter);
  }
  return [...names];
}

/** The shown name of `participantId`, from the People list. */
export function nameOf(doc: Document, participantId: string): string | null {
  const list = rosterList(doc);
  const row = list ? rowOf(list, participantId) : null;
  return row ? rowLabel(row) : null;
}

export const isOn = (element: Element): boolean =>
  element instanceof HTMLInputElement ? element.checked : element.getAttribute('aria-checked') === 'true';
