import { sha256Hex } from './sha256';
import type { EvidenceEntry } from './schema';

/**
 * A meeting's evidence forms one hash chain (reliability-security.md §8.1):
 *   link₀ = H("hostguard-chain/1\n" + meetingId)
 *   linkᵢ = H(linkᵢ₋₁ + "\n" + seq + "\n" + kind + "\n" + capturedAt + "\n" + mediaType + "\n" + size + "\n" + sha256)
 * `attached` is not linked: a frame purged later (child-abuse category) keeps its place in the chain.
 * Deleting, reordering or inserting an entry changes the head.
 */
export function chainStart(meetingId: string): Promise<string> {
  return sha256Hex(`hostguard-chain/1\n${meetingId}`);
}

export function nextLink(previous: string, entry: Omit<EvidenceEntry, 'attached'>): Promise<string> {
  const { seq, kind, capturedAt, mediaType, size, sha256 } = entry;
  return sha256Hex([previous, seq, kind, capturedAt, mediaType, size, sha256].join('\n'));
}

export async function chainHead(
  meetingId: string,
  entries: readonly Omit<EvidenceEntry, 'attached'>[],
): Promise<string> {
  let link = await chainStart(meetingId);
  for (const entry of entries) link = await nextLink(link, entry);
  return link;
}

export type ChainStatus = 'verified' | 'broken';

/** Entries must be numbered 0, 1, 2… with no gap, and must hash to the head the client sent. */
export async function verifyChain(
  meetingId: string,
  entries: readonly Omit<EvidenceEntry, 'attached'>[],
  head: string,
): Promise<ChainStatus> {
  if (entries.some((entry, index) => entry.seq !== index)) return 'broken';
  return (await chainHead(meetingId, entries)) === head ? 'verified' : 'broken';
}
