import { holdRange, openEvidenceDb, writeTx, type EvidenceItem, type Hold } from '../../shared/evidence/evidence-db';
import type { CaptureCap } from '../../shared/model/evidence';
import { CAPTURE } from './capture-policy';
import { releaseItems } from './release';

/**
 * Which frames keep their image. Outside an incident a meeting keeps only its last 10 s of frames
 * (older ones become hash-only); an alert pins the frames from 10 s before it. Caps on frames per
 * meeting and on total bytes drop the oldest unpinned frames first, then the oldest pinned.
 */

/** Frames outside any incident older than the ring lose their image. */
export async function evictRing(meetingId: string, now: number): Promise<number> {
  const before = now - CAPTURE.ringMs - 1;
  if (before < 0) return 0;
  const db = await openEvidenceDb();
  const tx = writeTx(db, ['items', 'blobs']);
  const old = await tx
    .objectStore('items')
    .index('byMeetingHold')
    .getAll(holdRange(meetingId, 'ring', 0, before));
  const released = await releaseItems(tx, old);
  await tx.done;
  return released;
}

/** Keeps the meeting's ring frames captured since `from` for the incident of `incidentId`. */
export async function pinIncident(meetingId: string, incidentId: string, from: number): Promise<number> {
  const db = await openEvidenceDb();
  const tx = writeTx(db, ['items']);
  const items = tx.objectStore('items');
  const ring = await items.index('byMeetingHold').getAll(holdRange(meetingId, 'ring', from));
  for (const item of ring) void items.put({ ...item, hold: 'incident', incidentId });
  await tx.done;
  return ring.length;
}

/** Over `CAPTURE.framesPerMeeting` held frames: the oldest go, ring before incident. */
export async function enforceFrameCap(
  meetingId: string,
  cap: number = CAPTURE.framesPerMeeting,
): Promise<CaptureCap | undefined> {
  const db = await openEvidenceDb();
  const tx = writeTx(db, ['items', 'blobs']);
  const index = tx.objectStore('items').index('byMeetingHold');
  // Counting is cheap; the held frames are read only when there are too many (runs at 2 fps).
  const counts = await Promise.all([
    index.count(holdRange(meetingId, 'ring')),
    index.count(holdRange(meetingId, 'incident')),
  ]);
  const excess = counts[0] + counts[1] - cap;
  if (excess > 0) {
    const held = [
      ...(await index.getAll(holdRange(meetingId, 'ring'))),
      ...(await index.getAll(holdRange(meetingId, 'incident'))),
    ];
    await releaseItems(tx, held.slice(0, excess));
  }
  await tx.done;
  return excess > 0 ? 'frames' : undefined;
}

/**
 * Over `CAPTURE.totalBytes` held across every meeting: the oldest ring frames go first, then the
 * oldest incident frames (snapshots are small and stay). Returns the meetings that lost frames.
 */
export async function enforceByteCap(cap: number = CAPTURE.totalBytes): Promise<Set<string>> {
  const db = await openEvidenceDb();
  const tx = writeTx(db, ['items', 'blobs']);
  const index = tx.objectStore('items').index('byHoldTime');
  const byHold = async (hold: Hold) => index.getAll(IDBKeyRange.bound([hold, 0], [hold, Number.MAX_SAFE_INTEGER]));
  const [ring, incident, kept] = await Promise.all([byHold('ring'), byHold('incident'), byHold('kept')]);
  let total = [...ring, ...incident, ...kept].reduce((sum, item) => sum + item.size, 0);
  const dropped: EvidenceItem[] = [];
  for (const item of [...ring, ...incident]) {
    if (total <= cap) break;
    dropped.push(item);
    total -= item.size;
  }
  if (dropped.length > 0) await releaseItems(tx, dropped);
  await tx.done;
  return new Set(dropped.map((item) => item.meetingId));
}
