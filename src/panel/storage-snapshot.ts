import { asDrillHistory, DRILL_HISTORY_KEY, type DrillRecord } from '../shared/model/drill';
import type { Report } from '../shared/model/report';
import type { MeetingSession } from '../shared/model/session';
import type { Participant } from '../shared/model/participant';
import { FOCUS_KEY, REPORTS_KEY, tabIdOfSessionKey, type Focus } from '../shared/storage-keys';
import { rosterKeyParts, sessionsFromItems, type SessionHeader } from '../shared/session-storage';
import { asOutboxSummary, OUTBOX_SUMMARY_KEY, type OutboxSummaryItem } from '../shared/model/outbox';
import { asEvidenceStatuses, EVIDENCE_STATUS_KEY, type EvidenceStatus } from '../shared/model/evidence';

/**
 * The panel's view of extension storage, in domain terms. The background writes these keys
 * (storage-keys.ts); the panel only reads. Values are checked for shape, not trusted blindly:
 * a background of another version must not crash the panel.
 */
export interface PanelSnapshot {
  sessions: Record<number, MeetingSession>;
  focus: Focus | null;
  reports: Report[];
  /** Timed rehearsals on the practice meeting, newest first. */
  drills: DrillRecord[];
  /** The report outbox as the background mirrors it, newest first. */
  outbox: OutboxSummaryItem[];
  /** Evidence capture per meeting id: armed or not, and why. */
  evidence: Record<string, EvidenceStatus>;
}

/** storage.local keys the panel reads. */
export const PANEL_LOCAL_KEYS = [REPORTS_KEY, DRILL_HISTORY_KEY, OUTBOX_SUMMARY_KEY, EVIDENCE_STATUS_KEY];

/** What changed: a session header set to null was removed. Roster buckets arrive whole. */
export interface StorageDelta {
  sessions?: Record<number, SessionHeader | null>;
  rosters?: RosterBucketChange[];
  focus?: Focus | null;
  reports?: Report[];
  drills?: DrillRecord[];
  outbox?: OutboxSummaryItem[];
  evidence?: Record<string, EvidenceStatus>;
}

export interface RosterBucketChange {
  tabId: number;
  bucket: number;
  participants: Record<string, Participant>;
}

/** Shape of `storage.onChanged` changes, without importing browser types. */
export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isSession(value: unknown): value is MeetingSession {
  return isHeader(value) && isRecord((value as { participants?: unknown }).participants);
}

export function isHeader(value: unknown): value is SessionHeader {
  return (
    isRecord(value) &&
    typeof value.tabId === 'number' &&
    typeof value.title === 'string' &&
    isRecord(value.health) &&
    Array.isArray(value.alerts) &&
    Array.isArray(value.actions) &&
    Array.isArray(value.capabilities) &&
    Array.isArray(value.changeable) &&
    isRecord(value.language)
  );
}

export function asFocus(value: unknown): Focus | null {
  return isRecord(value) && typeof value.tabId === 'number' && typeof value.at === 'number'
    ? { tabId: value.tabId, at: value.at }
    : null;
}

export function asReports(value: unknown): Report[] {
  if (!Array.isArray(value)) return [];
  return value.filter((r): r is Report => isRecord(r) && typeof r.id === 'string' && typeof r.status === 'string');
}

/** Builds the snapshot from `storage.session.get(null)` and `storage.local` reports and drills. */
export function snapshotFrom(sessionArea: Record<string, unknown>, localArea: Record<string, unknown>): PanelSnapshot {
  const sessions: Record<number, MeetingSession> = {};
  for (const [tabId, session] of Object.entries(sessionsFromItems(sessionArea))) {
    if (isSession(session)) sessions[Number(tabId)] = session;
  }
  return {
    sessions,
    focus: asFocus(sessionArea[FOCUS_KEY]),
    reports: asReports(localArea[REPORTS_KEY]),
    drills: asDrillHistory(localArea[DRILL_HISTORY_KEY]),
    outbox: asOutboxSummary(localArea[OUTBOX_SUMMARY_KEY]),
    evidence: asEvidenceStatuses(localArea[EVIDENCE_STATUS_KEY]),
  };
}

/** Turns one `storage.onChanged` call into a delta; undefined when nothing the panel shows changed. */
export function deltaFrom(changes: StorageChanges, area: string): StorageDelta | undefined {
  const delta: StorageDelta = {};
  if (area === 'local' && REPORTS_KEY in changes) delta.reports = asReports(changes[REPORTS_KEY]?.newValue);
  if (area === 'local' && DRILL_HISTORY_KEY in changes)
    delta.drills = asDrillHistory(changes[DRILL_HISTORY_KEY]?.newValue);
  if (area === 'local' && OUTBOX_SUMMARY_KEY in changes)
    delta.outbox = asOutboxSummary(changes[OUTBOX_SUMMARY_KEY]?.newValue);
  if (area === 'local' && EVIDENCE_STATUS_KEY in changes)
    delta.evidence = asEvidenceStatuses(changes[EVIDENCE_STATUS_KEY]?.newValue);
  if (area === 'session') {
    for (const [key, change] of Object.entries(changes)) {
      if (key === FOCUS_KEY) delta.focus = asFocus(change.newValue);
      const roster = rosterKeyParts(key);
      if (roster) (delta.rosters ??= []).push({ ...roster, participants: asBucket(change.newValue) });
      const tabId = tabIdOfSessionKey(key);
      if (tabId === undefined) continue;
      delta.sessions ??= {};
      delta.sessions[tabId] = isHeader(change.newValue) ? change.newValue : null;
    }
  }
  return Object.keys(delta).length > 0 ? delta : undefined;
}

function asBucket(value: unknown): Record<string, Participant> {
  return isRecord(value) ? (value as Record<string, Participant>) : {};
}
