import type { MeetingSession } from './model/session';
import type { Participant } from './model/participant';
import { sessionKey, tabIdOfSessionKey } from './storage-keys';

/**
 * How a session is laid out in storage.session: a header (`session:<tab>`, everything but the
 * roster) and the roster spread over buckets (`roster:<tab>:<n>`) by a hash of each participant
 * id. A join rewrites one small bucket, not the whole roster: a 2,000-person meeting stores ~380 KB,
 * and rewriting all of it on every event stalled the worker and the panel for seconds.
 */
export const ROSTER_BUCKETS = 16;
const ROSTER_PREFIX = 'roster:';

export const rosterKey = (tabId: number, bucket: number): string => `${ROSTER_PREFIX}${tabId}:${bucket}`;

/** FNV-1a: stable across contexts and versions, so every reader finds a participant's bucket. */
export function bucketOf(participantId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < participantId.length; i++) {
    hash = Math.imul(hash ^ participantId.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0) % ROSTER_BUCKETS;
}

export type SessionHeader = Omit<MeetingSession, 'participants'>;
type Bucket = Record<string, Participant>;

export function allSessionKeys(tabId: number): string[] {
  return [sessionKey(tabId), ...Array.from({ length: ROSTER_BUCKETS }, (_, n) => rosterKey(tabId, n))];
}

/**
 * The storage items to write to go from `previous` (what storage holds) to `next`: the header,
 * and only the buckets where a participant was added, replaced or dropped (by object identity,
 * as every change to a participant makes a new object).
 */
export function changedSessionItems(
  previous: MeetingSession | undefined,
  next: MeetingSession,
): Record<string, unknown> {
  const { participants, ...header } = next;
  const dirty = new Set<number>();
  if (!previous) for (let n = 0; n < ROSTER_BUCKETS; n++) dirty.add(n);
  else {
    for (const [id, p] of Object.entries(participants)) if (previous.participants[id] !== p) dirty.add(bucketOf(id));
    for (const id of Object.keys(previous.participants)) if (!(id in participants)) dirty.add(bucketOf(id));
  }
  const buckets = new Map<number, Bucket>([...dirty].map((n) => [n, {}]));
  for (const [id, p] of Object.entries(participants)) {
    const bucket = buckets.get(bucketOf(id));
    if (bucket) bucket[id] = p;
  }
  const items: Record<string, unknown> = { [sessionKey(next.tabId)]: header };
  for (const [n, bucket] of buckets) items[rosterKey(next.tabId, n)] = bucket;
  return items;
}

/** Sessions reassembled from a storage area's items (e.g. `storage.session.get(null)`). */
export function sessionsFromItems(items: Record<string, unknown>): Record<number, MeetingSession> {
  const sessions: Record<number, MeetingSession> = {};
  for (const [key, value] of Object.entries(items)) {
    const tabId = tabIdOfSessionKey(key);
    if (tabId !== undefined && isRecord(value)) sessions[tabId] = { ...(value as SessionHeader), participants: {} };
  }
  for (const [key, value] of Object.entries(items)) {
    const where = rosterKeyParts(key);
    const session = where && sessions[where.tabId];
    if (session && isRecord(value)) Object.assign(session.participants, value as Bucket);
  }
  return sessions;
}

/** `{tabId, bucket}` of a roster key, else undefined. */
export function rosterKeyParts(key: string): { tabId: number; bucket: number } | undefined {
  if (!key.startsWith(ROSTER_PREFIX)) return undefined;
  const [tabId, bucket] = key.slice(ROSTER_PREFIX.length).split(':').map(Number);
  return Number.isInteger(tabId) && Number.isInteger(bucket) ? { tabId: tabId!, bucket: bucket! } : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
