import { canonicalBytes } from '../../shared/evidence/canonical-json';
import { browser } from '../../shared/platform/browser';
import type { MeetingSession } from '../../shared/model/session';
import { sha256Hex } from '../../shared/report-wire/sha256';
import type { EvidenceKind } from '../../shared/report-wire/schema';
import { createSerialQueue } from '../session/serial-queue';
import { appendEvidence, CHAIN_LIMITS, type AppendResult } from './evidence-store';

/**
 * Roster, chat and timeline of the meeting as `application/json` evidence items, when an alert
 * opens and when a report is filed. Names are raw attacker text, stored byte-exact as data and
 * never interpreted. The session keeps no chat text (only who wrote when), so neither does this.
 */
export const SNAPSHOT_SCHEMA = 'hostguard.snapshot/1';
export type SnapshotReason = 'alert' | 'report';
type SnapshotKind = Exclude<EvidenceKind, 'frame'>;

/**
 * The content hash of the last snapshot of each meeting and kind: an unchanged roster is not
 * stored twice. Mirrored in storage.session, because the worker restarts many times in a meeting
 * and every restart would otherwise add the same three snapshots to the chain again.
 */
const lastContent = new Map<string, string>();
const DIGESTS_KEY = 'snapshotDigests';
const DIGESTS_KEPT = 300;
let loaded: Promise<void> | undefined;

function loadDigests(): Promise<void> {
  loaded ??= browser.storage.session.get(DIGESTS_KEY).then(
    (stored) => {
      const saved = stored[DIGESTS_KEY];
      if (typeof saved !== 'object' || saved === null) return;
      for (const [key, digest] of Object.entries(saved)) {
        if (typeof digest === 'string' && !lastContent.has(key)) lastContent.set(key, digest);
      }
    },
    () => undefined,
  );
  return loaded;
}

function saveDigests(): Promise<void> {
  const newest = [...lastContent].slice(-DIGESTS_KEPT);
  return browser.storage.session.set({ [DIGESTS_KEY]: Object.fromEntries(newest) }).catch(() => undefined);
}
/** One snapshot of a meeting at a time, so the unchanged-content check sees the one before. */
const serial = createSerialQueue<string>();

/** A storage failure (quota) is a result too: filing a report must not fail for want of a snapshot. */
export type SnapshotResult = AppendResult | { ok: false; reason: 'storage-failed'; detail: string };

export function snapshotMeeting(
  session: MeetingSession,
  reason: SnapshotReason,
  now = Date.now(),
): Promise<SnapshotResult[]> {
  return serial(session.id, () => takeSnapshots(session, reason, now));
}

async function takeSnapshots(session: MeetingSession, reason: SnapshotReason, now: number): Promise<SnapshotResult[]> {
  await loadDigests();
  const results: SnapshotResult[] = [];
  for (const kind of ['roster', 'chat', 'timeline'] as const) {
    const body = fitted(kind, session);
    const key = `${session.id}:${kind}`;
    const digest = await sha256Hex(canonicalBytes(body));
    if (lastContent.get(key) === digest) continue;
    const bytes = canonicalBytes({
      schema: SNAPSHOT_SCHEMA,
      kind,
      reason,
      meetingId: session.id,
      platform: session.platform,
      ...body,
    });
    const result = await appendEvidence(session.id, kind, 'application/json', bytes, now).catch(
      (error: unknown): SnapshotResult => ({ ok: false, reason: 'storage-failed', detail: String(error) }),
    );
    if (result.ok) {
      // Re-inserted, so the newest stay when the mirror is trimmed.
      lastContent.delete(key);
      lastContent.set(key, digest);
    }
    results.push(result);
  }
  if (results.some((result) => result.ok)) await saveDigests();
  return results;
}

/** The data of one snapshot, halved from the oldest end until it fits one evidence item. */
function fitted(kind: SnapshotKind, session: MeetingSession): Record<string, unknown> {
  const lists = listsOf(kind, session);
  const longest = Math.max(0, ...Object.values(lists).map((list) => list.length));
  for (let keep = longest; ; keep = Math.floor(keep / 2)) {
    const body: Record<string, unknown> = { title: session.title };
    let omitted = 0;
    for (const [name, list] of Object.entries(lists)) {
      const kept = keep >= list.length ? list : list.slice(list.length - keep);
      body[name] = kept;
      omitted += list.length - kept.length;
    }
    if (omitted > 0) body.omitted = omitted;
    if (keep === 0 || canonicalBytes(body).byteLength <= CHAIN_LIMITS.itemBytes - 1_024) return body;
  }
}

function listsOf(kind: SnapshotKind, session: MeetingSession): Record<string, readonly unknown[]> {
  if (kind === 'chat') return { messages: session.recentChat };
  if (kind === 'timeline') return { alerts: session.alerts, actions: session.actions };
  // Present people last, so halving a huge roster drops departed ones first.
  const people = Object.values(session.participants).sort(
    (a, b) => Number(a.present) - Number(b.present) || a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : 1),
  );
  return { participants: people };
}

export function __forgetSnapshotsForTests(): void {
  lastContent.clear();
  loaded = undefined;
}
