import { findControl } from '../../kit/controls';
import type { RosterTracker, RowObservation } from '../../kit/roster-tracker';
import { isChecked } from '../../kit/menus';
import { LABELS, ROW_HOOKS, ROW_PREFIX, S, TILE_PREFIX } from './selectors';

/*
 * Cheap reads of a Jitsi page (no layout reads: these run on every coalesced mutation pass).
 * Rows carry no readable classes, so a row is read by its text leaves in document order,
 * skipping the avatar (initials), indicators, hover actions and any open menu: the first leaf is
 * the display name; "(you)" and "Moderator" count only as later leaves of their own, so a person
 * named "Moderator" or "Eve (you)" stays what they are (ParticipantItem.tsx renders the name,
 * then the `\u00a0(you)` span, then the moderator label, each in its own element).
 */

const SKIP =
  '.participant-avatar, .avatar, [class*="indicators"], [class*="actions"], button, svg, [role="menu"], [role="menuitem"]';
const norm = (text: string) =>
  text
    .replace(/\u00a0/g, ' ')
    .trim()
    .toLowerCase();
const YOU = new Set(LABELS.you.map((you) => `(${you})`));
/** "Name\u00a0(you)" rendered as one text: only trusted on a row without hover actions (self). */
const YOU_SUFFIX = new RegExp(`[\\s\u00a0]\\((?:${LABELS.you.join('|')})\\)\\s*$`, 'i');
const MODERATOR = new Set(LABELS.moderator.map(norm));

export const paneOf = (doc: Document): HTMLElement | null => findControl(S.pane, doc);

/** A meeting row (never a lobby row), by its endpoint id. */
export function rowOf(pane: ParentNode, participantId: string): HTMLElement | null {
  const row = pane.querySelector<HTMLElement>(`[id="${ROW_PREFIX}${CSS.escape(participantId)}"]`);
  return row && !row.closest(S.lobbyList.selectors[0]!) ? row : null;
}

/** Meeting rows in the pane, lobby rows excluded. */
export function meetingRows(pane: ParentNode): HTMLElement[] {
  return [...pane.querySelectorAll<HTMLElement>(S.row.selectors[0]!)].filter((row) => !row.closest('#lobby-list'));
}

function textLeaves(root: Element, into: string[] = []): string[] {
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      if ((node.textContent ?? '').trim()) into.push(node.textContent ?? '');
    } else if (node instanceof Element && !node.matches(SKIP)) textLeaves(node, into);
  }
  return into;
}

export function readRow(row: Element): RowObservation | null {
  if (!row.id.startsWith(ROW_PREFIX) || row.closest('#lobby-list')) return null;
  const id = row.id.slice(ROW_PREFIX.length);
  const leaves = textLeaves(row);
  if (!id || leaves.length === 0) return null;
  const [first, ...labels] = leaves as [string, ...string[]];
  let name = first;
  const marks = labels.map(norm);
  let self = marks.some((mark) => YOU.has(mark));
  // ListItem hides the actions of the local row (hideActions = local): no ellipsis means self.
  if (!self && YOU_SUFFIX.test(name) && !row.querySelector(ROW_HOOKS.anyMore)) {
    self = true;
    name = name.replace(YOU_SUFFIX, '');
  }
  const moderator = marks.some((mark) => MODERATOR.has(mark));
  return { id, name, role: moderator ? (self ? 'host' : 'cohost') : 'participant', self };
}

export function isRowSelf(row: Element): boolean {
  return readRow(row)?.self === true;
}

export function isRowMuted(row: Element): boolean {
  const indicators = findControl(S.rowIndicators, row);
  return indicators !== null && findControl(S.rowAudioMuted, indicators) !== null;
}

/** Owners of the screenshare virtual participants on the page (`#participant_<owner>-v<n>`). */
export function screenshareOwners(doc: Document): string[] {
  const owners: string[] = [];
  for (const tile of doc.querySelectorAll(`[id^="${TILE_PREFIX}"][id*="-v"]`)) {
    const match = /^participant_(.+)-v\d+$/.exec(tile.id);
    if (match && !owners.includes(match[1]!)) owners.push(match[1]!);
  }
  // Without multi-stream, the sharer's own thumbnail carries the screen-share indicator.
  for (const icon of doc.querySelectorAll(S.shareIndicator.selectors[0]!)) {
    const tile = icon.closest(`[id^="${TILE_PREFIX}"]`);
    const owner = tile?.id.slice(TILE_PREFIX.length).replace(/-v\d+$/, '');
    if (owner && !owner.endsWith('_name') && !owners.includes(owner)) owners.push(owner);
  }
  return owners;
}

export function isSharing(doc: Document, participantId: string): boolean {
  return screenshareOwners(doc).includes(participantId);
}

/**
 * Who is sharing now: the first screenshare tile whose owner is in the roster (screenshares sort
 * first and the first is auto-pinned to the stage), else the stage label "<Name>'s screen".
 */
export function sharerOf(doc: Document, roster?: RosterTracker): string | null {
  const owners = screenshareOwners(doc);
  const known = roster ? owners.find((owner) => roster.knows(owner)) : undefined;
  if (known ?? owners[0]) return known ?? owners[0]!;
  const label = findControl(S.stageName, doc)?.textContent?.trim() ?? '';
  for (const pattern of LABELS.screenName) {
    const name = pattern.exec(label)?.[1];
    const id = name && roster?.idByName(name);
    if (id) return id;
  }
  return null;
}

/** The open Security dialog's lobby switch (a native checkbox in Switch.tsx), or null. */
export function lobbySwitch(doc: Document): HTMLElement | null {
  return findControl<HTMLElement>(S.lobbySwitch, doc);
}

/** Lobby on, as that switch shows it: `checked`, or aria-checked on a role=switch. */
export function lobbyOn(doc: Document): boolean | null {
  const control = lobbySwitch(doc);
  return control ? isChecked(control) : null;
}
