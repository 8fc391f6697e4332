import { sha256Hex } from '../../shared/report-wire/sha256';

/**
 * JSON with object keys sorted at every level: the same report always gives the same text, so
 * its SHA-256 tells a replay (same body) from a reused key (different body) whatever order the
 * client wrote the keys in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  // No prototype: a `__proto__` key stays an ordinary key.
  const sorted: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}

export async function canonicalBody(value: unknown): Promise<{ json: string; sha256: string }> {
  const json = canonicalJson(value);
  return { json, sha256: await sha256Hex(json) };
}
