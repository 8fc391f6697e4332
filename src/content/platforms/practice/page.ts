import { findControl } from '../../kit/controls';
import type { Role } from '../../../shared/model/participant';
import type { RowObservation } from '../../kit/roster-tracker';
import { LABELS, ROW_KEY, S } from './selectors';

/*
 * Cheap reads of the practice meeting's page. No layout reads (no offsetWidth, no
 * getBoundingClientRect): these run on every mutation of a busy page.
 */

export const rosterList = (doc: Document): HTMLElement | null => findControl(S.roster, doc);

/** The participant whose screen fills the stage, by the share view's row key. */
export const sharerOf = (doc: Document): string | null => findControl(S.shareView, doc)?.getAttribute(ROW_KEY) ?? null;

export const isLocked = (doc: Document): boolean => findControl(S.lockIndicator, doc) !== null;
export const isSuspended = (doc: Document): boolean => findControl(S.suspendedBanner, doc) !== null;

/** A row by its key, looked up by attribute (never by the name it shows). */
export function rowOf(list: ParentNode, participantId: string): HTMLElement | null {
  return list.querySelector<HTMLElement>(`[${ROW_KEY}="${CSS.escape(participantId)}"]`);
}

/**
 * Parses the client's role label ("(Host, me)", "(Co-host)", "(Me)", ""). Only this element
 * is read: a participant who renames to "Eve (Host)" stays a participant.
 */
export function parseRoleLabel(label: string): { role: Role; self: boolean } {
  const parts = label
    .replace(/[()]/g, '')
    .split(',')
    .map((part) => part.trim().toLowerCase());
  const role: Role = parts.includes('host') ? 'host' : parts.includes('co-host') ? 'cohost' : 'participant';
  return { role, self: parts.includes('me') };
}

export function readRow(row: Element): RowObservation | null {
  const id = row.getAttribute(ROW_KEY);
  if (!id) return null;
  const name = findControl(S.rowName, row)?.textContent ?? '';
  const { role, self } = parseRoleLabel(findControl(S.rowRole, row)?.textContent ?? '');
  return { id, name, role, self };
}

export const isRowSelf = (row: Element): boolean => parseRoleLabel(findControl(S.rowRole, row)?.textContent ?? '').self;
export const isRowMuted = (row: Element): boolean =>
  findControl(S.rowMic, row)?.getAttribute('aria-label') === LABELS.muted;
