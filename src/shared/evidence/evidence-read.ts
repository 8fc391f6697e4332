import { chainStart } from '../report-wire/chain';
import { isImageType, type EvidenceEntry } from '../report-wire/schema';
import { meetingRange, openEvidenceDb, type EvidenceItem } from './evidence-db';

/**
 * Reading evidence, for the background (outbox) and the panel (bundle). Pure reads: they never
 * change what is held.
 */

export interface TimeWindow {
  from: number;
  to: number;
}

export interface MeetingEvidence {
  entries: EvidenceEntry[];
  chainHead: string;
}

/** The exact bytes stored under `sha256`, or undefined once purged or withheld. */
export async function readEvidenceBytes(sha256: string): Promise<{ mediaType: string; bytes: Uint8Array } | undefined> {
  const db = await openEvidenceDb();
  const blob = await db.get('blobs', sha256);
  if (!blob) return undefined;
  return { mediaType: blob.type, bytes: new Uint8Array(await blob.arrayBuffer()) };
}

/**
 * Every entry of the meeting's chain, in seq order, so a receiver can verify the whole chain.
 * `attached` is true only where the blob is still held and, given a window, captured inside it.
 */
export async function readMeetingEvidence(meetingId: string, window?: TimeWindow): Promise<MeetingEvidence> {
  const db = await openEvidenceDb();
  const tx = db.transaction(['items', 'blobs', 'chains'], 'readonly');
  const [chain, items] = await Promise.all([
    tx.objectStore('chains').get(meetingId),
    tx.objectStore('items').getAll(meetingRange(meetingId)),
  ]);
  const blobs = tx.objectStore('blobs');
  const held = await Promise.all(items.map((item) => (item.attached ? blobs.getKey(item.sha256) : undefined)));
  await tx.done;
  const entries = items.map((item, index) => toEntry(item, held[index] !== undefined && inWindow(item, window)));
  return { entries, chainHead: chain?.head ?? (await chainStart(meetingId)) };
}

/** The entries with the bytes a bundle may carry: attached ones, and never an image when `images` is false. */
export async function withBytes(
  entries: readonly EvidenceEntry[],
  { images }: { images: boolean },
): Promise<Array<{ entry: EvidenceEntry; bytes?: Uint8Array }>> {
  return Promise.all(
    entries.map(async (entry) => {
      if (!entry.attached || (!images && isImageType(entry.mediaType))) return { entry };
      const stored = await readEvidenceBytes(entry.sha256);
      return stored ? { entry, bytes: stored.bytes } : { entry: { ...entry, attached: false } };
    }),
  );
}

function inWindow(item: EvidenceItem, window: TimeWindow | undefined): boolean {
  return !window || (item.capturedAt >= window.from && item.capturedAt <= window.to);
}

function toEntry(item: EvidenceItem, attached: boolean): EvidenceEntry {
  const { seq, kind, capturedAt, mediaType, size, sha256 } = item;
  return { seq, kind, capturedAt, mediaType, size, sha256, attached };
}
