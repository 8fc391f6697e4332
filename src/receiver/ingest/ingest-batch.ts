import { randomUUID } from 'node:crypto';
import type { WireItemResult } from '../../shared/report-wire/schema';
import type { InsertOutcome, ReportStore } from '../store/store';
import { checkItem, type CheckedItem } from './check-item';

export interface IngestOptions {
  store: ReportStore;
  /** Server receipt time of the request, recorded on every report it stores. */
  receivedAt: number;
  /** After the commit, before the response: the keys this request stored (tests hold or kill here). */
  onStored?: (keys: string[]) => Promise<void> | void;
}

/** Checks every item, stores the good ones in one transaction, answers one result per item in order. */
export async function ingestBatch(items: readonly unknown[], options: IngestOptions): Promise<WireItemResult[]> {
  const { store, receivedAt, onStored } = options;
  const checked = await Promise.all(items.map((raw) => checkItem(raw, store)));
  const accepted = checked.flatMap((item, index) => (item.ok ? [{ item, index }] : []));
  const outcomes = await store.insertReports(
    accepted.map(({ item }) => ({
      id: randomUUID(),
      report: item.report,
      bodyJson: item.bodyJson,
      bodySha256: item.bodySha256,
      receivedAt,
      chainStatus: 'verified' as const,
    })),
  );
  const results = checked.map((item) => (item.ok ? undefined : item.result));
  accepted.forEach(({ item, index }, i) => (results[index] = resultOf(item, outcomes[i]!)));
  const stored = accepted.filter((_, i) => outcomes[i]!.inserted).map(({ item }) => item.report.idempotencyKey);
  if (stored.length && onStored) await onStored(stored);
  return results as WireItemResult[];
}

function resultOf(item: Extract<CheckedItem, { ok: true }>, outcome: InsertOutcome): WireItemResult {
  const idempotencyKey = item.report.idempotencyKey;
  if (outcome.inserted) return { idempotencyKey, status: 'stored', id: outcome.id, chain: 'verified' };
  if (outcome.bodySha256 === item.bodySha256)
    return { idempotencyKey, status: 'duplicate', id: outcome.id, chain: 'verified' };
  return { idempotencyKey, status: 'conflict', error: 'this idempotency key was already used for a different report' };
}
