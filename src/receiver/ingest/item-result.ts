import type { WireItemResult } from '../../shared/report-wire/schema';

/** The key to echo for an item that may not have passed the schema (capped: the client chose it). */
export function keyOf(raw: unknown): string {
  const key =
    raw !== null && typeof raw === 'object' ? (raw as { idempotencyKey?: unknown }).idempotencyKey : undefined;
  return typeof key === 'string' ? key.slice(0, 255) : '';
}

export const rejected = (idempotencyKey: string, error: string): WireItemResult => ({
  idempotencyKey,
  status: 'rejected',
  error,
});
