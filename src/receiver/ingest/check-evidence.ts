import type { WireItemResult, WireReport } from '../../shared/report-wire/schema';
import type { ReportStore } from '../store/store';
import { rejected } from './item-result';

/**
 * The attached entries against what the server holds: a held item must match its entry's type
 * and size, and missing ones are listed so the client uploads them and retries. Undefined when
 * the report may be stored.
 */
export async function checkEvidence(report: WireReport, store: ReportStore): Promise<WireItemResult | undefined> {
  const key = report.idempotencyKey;
  const attached = report.evidence.entries.filter((entry) => entry.attached);
  const hashes = [...new Set(attached.map((entry) => entry.sha256))];
  if (!hashes.length) return undefined;
  const held = await store.heldEvidence(hashes);
  for (const entry of attached) {
    const item = held.get(entry.sha256);
    if (item && (item.mediaType !== entry.mediaType || item.size !== entry.size)) {
      const says = `says ${entry.mediaType}, ${entry.size} bytes`;
      return rejected(
        key,
        `evidence.entries.${entry.seq} ${says}, but the server holds it as ${item.mediaType}, ${item.size} bytes`,
      );
    }
  }
  const missing = hashes.filter((hash) => !held.has(hash));
  return missing.length ? { idempotencyKey: key, status: 'missing-evidence', missing } : undefined;
}
