import type { EvidenceItem, WritableStore } from '../../shared/evidence/evidence-db';

interface ItemsAndBlobs {
  objectStore(name: 'items'): WritableStore<'items'>;
  objectStore(name: 'blobs'): WritableStore<'blobs'>;
}

/**
 * Drops the blobs of `items` inside `tx` and keeps each item as a hash-only entry, so the chain
 * still verifies. Identical bytes share one blob: it goes only when no other held item uses it,
 * unless `everywhere` (a child-safety purge deletes the image whoever else holds it).
 * Returns the bytes released.
 */
export async function releaseItems(
  tx: ItemsAndBlobs,
  items: readonly EvidenceItem[],
  { everywhere = false } = {},
): Promise<number> {
  const store = tx.objectStore('items');
  const blobs = tx.objectStore('blobs');
  const hashes = new Set<string>();
  let bytes = 0;
  for (const item of items) {
    if (!item.attached && item.hold === 'none') continue;
    void store.put({ ...item, attached: false, hold: 'none' });
    hashes.add(item.sha256);
    bytes += item.size;
  }
  for (const sha256 of hashes) {
    const sharers = await store.index('bySha').getAll(sha256);
    if (everywhere) {
      for (const other of sharers) if (other.attached) void store.put({ ...other, attached: false, hold: 'none' });
      void blobs.delete(sha256);
    } else if (!sharers.some((other) => other.attached)) {
      void blobs.delete(sha256);
    }
  }
  return bytes;
}
