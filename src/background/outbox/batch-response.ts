import { WIRE_SCHEMA, type WireBatchResponse, type WireItemResult } from '../../shared/report-wire/schema';
import { SHA256_HEX } from '../../shared/report-wire/sha256';
import { boundedLine } from './http';

const text = (value: unknown, max: number) => (typeof value === 'string' ? boundedLine(value, max) : '');

/** One per-item answer, checked field by field (the receiver is trusted to exist, not to be right). */
function asItemResult(value: unknown): WireItemResult | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const item = value as Record<string, unknown>;
  const idempotencyKey = item.idempotencyKey;
  if (typeof idempotencyKey !== 'string') return undefined;
  switch (item.status) {
    case 'stored':
    case 'duplicate':
      return typeof item.id === 'string'
        ? { idempotencyKey, status: item.status, id: text(item.id, 256), chain: 'verified' }
        : undefined;
    case 'rejected':
    case 'conflict':
      return { idempotencyKey, status: item.status, error: text(item.error, 300) };
    case 'missing-evidence': {
      const missing = Array.isArray(item.missing) ? item.missing : [];
      return {
        idempotencyKey,
        status: 'missing-evidence',
        missing: missing.filter((sha) => typeof sha === 'string' && SHA256_HEX.test(sha)),
      };
    }
    default:
      return undefined;
  }
}

/** POST /v1/reports' body, or undefined when it is not a version-1 batch response. */
export function asBatchResponse(body: string): WireBatchResponse | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { schema, results } = parsed as { schema?: unknown; results?: unknown };
  if (schema !== WIRE_SCHEMA || !Array.isArray(results)) return undefined;
  return {
    schema: WIRE_SCHEMA,
    results: results.map(asItemResult).filter((r): r is WireItemResult => r !== undefined),
  };
}
