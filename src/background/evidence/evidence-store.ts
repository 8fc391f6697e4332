import { chainStart, nextLink } from '../../shared/report-wire/chain';
import { sha256Hex } from '../../shared/report-wire/sha256';
import { WIRE_LIMITS, isImageType, type EvidenceKind, type MediaType } from '../../shared/report-wire/schema';
import {
  openEvidenceDb,
  writeTx,
  type EvidenceChain,
  type EvidenceItem,
  type Hold,
} from '../../shared/evidence/evidence-db';
import {
  readMeetingEvidence,
  readEvidenceBytes,
  type MeetingEvidence,
  type TimeWindow,
} from '../../shared/evidence/evidence-read';
import { createSerialQueue } from '../session/serial-queue';

export { readEvidenceBytes };

/**
 * The meeting's evidence chain: each item is hashed at capture and linked to the one before in
 * the same strict transaction that stores it (reliability-security.md §8.1). Appends of one
 * meeting run one at a time, so seq order is chain order.
 */
const serial = createSerialQueue<string>();

/** Runs `task` after the meeting's pending appends, before later ones. */
export function inMeetingOrder<T>(meetingId: string, task: () => Promise<T>): Promise<T> {
  return serial(meetingId, task);
}

/** The last entries of the wire limit are kept for snapshots, so a long share cannot crowd them out. */
const SNAPSHOT_RESERVE = 200;
export const CHAIN_LIMITS = Object.freeze({
  entries: WIRE_LIMITS.entries,
  frameEntries: WIRE_LIMITS.entries - SNAPSHOT_RESERVE,
  itemBytes: WIRE_LIMITS.evidenceBytes,
});

export interface AppendOptions {
  /** Default: `ring` for a frame, `kept` for a snapshot. */
  hold?: Exclude<Hold, 'none'>;
  incidentId?: string;
}

export type AppendResult =
  | { ok: true; item: EvidenceItem; head: string }
  | { ok: false; reason: 'images-withheld' | 'too-large' | 'chain-full' };

export function appendEvidence(
  meetingId: string,
  kind: EvidenceKind,
  mediaType: MediaType,
  bytes: Uint8Array,
  capturedAt: number,
  options: AppendOptions = {},
): Promise<AppendResult> {
  return serial(meetingId, async () => {
    if (bytes.byteLength > CHAIN_LIMITS.itemBytes) return { ok: false, reason: 'too-large' };
    const own = new Uint8Array(bytes);
    const sha256 = await sha256Hex(own);
    const db = await openEvidenceDb();
    const chain = (await db.get('chains', meetingId)) ?? (await newChain(meetingId, capturedAt));
    const refused = refusal(chain, mediaType);
    if (refused) return { ok: false, reason: refused };
    const hold = options.hold ?? (isImageType(mediaType) ? 'ring' : 'kept');
    const item: EvidenceItem = {
      meetingId,
      seq: chain.nextSeq,
      kind,
      capturedAt,
      mediaType,
      size: own.byteLength,
      sha256,
      attached: true,
      hold,
      ...(options.incidentId ? { incidentId: options.incidentId } : {}),
    };
    const head = await nextLink(chain.head, item);
    const tx = writeTx(db, ['items', 'blobs', 'chains']);
    // Re-read inside the transaction: a child-safety purge may have landed since.
    const current = await tx.objectStore('chains').get(meetingId);
    const late = current && (current.head !== chain.head ? 'moved' : refusal(current, mediaType));
    if (late) {
      tx.abort();
      await tx.done.catch(() => undefined);
      // Only this queue moves the head; anything else is a bug worth an error, not a fork.
      if (late === 'moved') throw new Error(`evidence chain of ${meetingId} moved during an append`);
      return { ok: false, reason: late };
    }
    void tx.objectStore('items').put(item);
    void tx.objectStore('blobs').put(new Blob([own], { type: mediaType }), sha256);
    void tx.objectStore('chains').put({ ...(current ?? chain), head, nextSeq: item.seq + 1, lastAt: capturedAt });
    await tx.done;
    return { ok: true, item, head };
  });
}

/**
 * All entries of the meeting's chain, after its pending appends; `attached` only where the blob
 * is held and inside `window`. The outbox sends this with the report.
 */
export function meetingEvidence(meetingId: string, window?: TimeWindow): Promise<MeetingEvidence> {
  return serial(meetingId, () => readMeetingEvidence(meetingId, window));
}

async function newChain(meetingId: string, at: number): Promise<EvidenceChain> {
  return { meetingId, head: await chainStart(meetingId), nextSeq: 0, startedAt: at, lastAt: at };
}

function refusal(chain: EvidenceChain, mediaType: MediaType): 'images-withheld' | 'chain-full' | undefined {
  const image = isImageType(mediaType);
  if (image && chain.imagesWithheldAt !== undefined) return 'images-withheld';
  if (chain.nextSeq >= (image ? CHAIN_LIMITS.frameEntries : CHAIN_LIMITS.entries)) return 'chain-full';
  return undefined;
}
