import { forbidsImages, type ReportCategory } from '../../shared/model/report';
import { SHA256_HEX } from '../../shared/report-wire/sha256';
import { WIRE_LIMITS, isImageType } from '../../shared/report-wire/schema';
import type { ReportStore } from '../store/store';

/**
 * A report of sexual content involving minors must leave no image on this server
 * (reliability-security.md §8.2), even one uploaded before the host chose the category. For such
 * an item, valid or not, every held image it names (attached or hash-only) is found, and its
 * bytes deleted unless a stored report of another category needs them. Returns the held images
 * found, so the caller can refuse an item that attaches one.
 */
export async function purgeChildAbuseImages(raw: unknown, store: ReportStore): Promise<Set<string>> {
  const hashes = namedHashes(raw);
  if (!hashes.length) return new Set();
  const held = await store.heldEvidence(hashes);
  const images = [...held].filter(([, item]) => isImageType(item.mediaType)).map(([hash]) => hash);
  if (images.length) await store.purgeUnreferencedImages(images);
  return new Set(images);
}

/** The well-formed hashes of a raw item's entries, if its category forbids images. */
function namedHashes(raw: unknown): string[] {
  const item = raw as { category?: unknown; evidence?: { entries?: unknown } } | null;
  if (typeof item?.category !== 'string' || !forbidsImages(item.category as ReportCategory)) return [];
  const entries = item.evidence?.entries;
  if (!Array.isArray(entries)) return [];
  const hashes = entries
    .slice(0, WIRE_LIMITS.entries)
    .map((entry) => (entry as { sha256?: unknown } | null)?.sha256)
    .filter((hash): hash is string => typeof hash === 'string' && SHA256_HEX.test(hash));
  return [...new Set(hashes)];
}
