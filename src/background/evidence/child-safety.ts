import { meetingRange, openEvidenceDb, writeTx } from '../../shared/evidence/evidence-db';
import { chainStart } from '../../shared/report-wire/chain';
import { isImageType } from '../../shared/report-wire/schema';
import { releaseItems } from './release';

/**
 * Sexual content involving minors (reliability-security.md §8.2): copying it is a crime in many
 * jurisdictions, so once the host reports it every image of the meeting is deleted, whether or
 * not it falls in the incident (simplest and safest), and no image is captured again for the rest
 * of the meeting. Hashes and metadata stay, so the chain still verifies and the report can name
 * what was seen without holding it.
 */
const withheld = new Set<string>();
const listeners = new Set<(meetingId: string) => void>();

/** Synchronous check for the capture paths; `imagesWithheldFor` also reads the database. */
export function isWithheld(meetingId: string): boolean {
  return withheld.has(meetingId);
}

/** Survives a worker restart: the flag lives on the meeting's chain record. */
export async function imagesWithheldFor(meetingId: string): Promise<boolean> {
  if (withheld.has(meetingId)) return true;
  const chain = await (await openEvidenceDb()).get('chains', meetingId);
  if (chain?.imagesWithheldAt !== undefined) withheld.add(meetingId);
  return withheld.has(meetingId);
}

/** Called once a meeting's images were withheld (the capture loop stops and says so). */
export function onImagesWithheld(listener: (meetingId: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Deletes every image blob of the meeting in one strict transaction and marks the chain so no
 * image is ever appended again. `incident` is accepted for the caller's record; the purge covers
 * the whole meeting. Returns the image bytes released.
 */
export async function withholdImages(meetingId: string, _incident?: { from: number; to: number }): Promise<number> {
  // First, synchronously: a frame already on its way is refused from here on.
  withheld.add(meetingId);
  const start = await chainStart(meetingId);
  const db = await openEvidenceDb();
  const tx = writeTx(db, ['items', 'blobs', 'chains']);
  const chains = tx.objectStore('chains');
  const now = Date.now();
  const chain = (await chains.get(meetingId)) ?? { meetingId, head: start, nextSeq: 0, startedAt: now, lastAt: now };
  void chains.put({ ...chain, imagesWithheldAt: chain.imagesWithheldAt ?? now });
  const items = await tx.objectStore('items').getAll(meetingRange(meetingId));
  const images = items.filter((item) => isImageType(item.mediaType));
  const released = await releaseItems(tx, images, { everywhere: true });
  // Hash-only items of an earlier purge may still share a blob with nothing held: delete it too.
  for (const sha256 of new Set(images.map((item) => item.sha256))) void tx.objectStore('blobs').delete(sha256);
  await tx.done;
  for (const listener of listeners) listener(meetingId);
  return released;
}

/** The bytes of image blobs this meeting's items still point to: 0 after `withholdImages`. */
export async function imageBytesHeld(meetingId: string): Promise<number> {
  const db = await openEvidenceDb();
  const tx = db.transaction(['items', 'blobs'], 'readonly');
  const items = await tx.objectStore('items').getAll(meetingRange(meetingId));
  const hashes = new Set(items.filter((item) => isImageType(item.mediaType)).map((item) => item.sha256));
  const blobs = await Promise.all([...hashes].map((sha256) => tx.objectStore('blobs').get(sha256)));
  await tx.done;
  return blobs.reduce((sum, blob) => sum + (blob?.size ?? 0), 0);
}
