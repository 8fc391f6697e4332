import { OUTBOX } from './outbox-config';

/**
 * Full-jitter exponential backoff (Brooker, "Exponential Backoff And Jitter", AWS 2015):
 * `random(0, min(cap, base · 2^retry))`, retry 0 being the first retry. Pure: the caller passes
 * the random source, so the bounds are testable.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export function backoffCeiling(retry: number, policy: BackoffPolicy = OUTBOX.backoff): number {
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, retry));
}

export function backoffDelay(retry: number, random: () => number, policy: BackoffPolicy = OUTBOX.backoff): number {
  const unit = Math.min(Math.max(random(), 0), 1 - Number.EPSILON);
  return Math.floor(unit * backoffCeiling(retry, policy));
}

/** `Retry-After` as milliseconds from `now`: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1_000;
  // Every HTTP-date form starts with the day name; Date.parse alone would read "-5" as a year.
  const at = /^[A-Za-z]{3}/.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The server's wish wins (bounded, so a broken receiver cannot park reports for days). */
export function retryDelay(retry: number, retryAfterMs: number | undefined, random: () => number): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(0, retryAfterMs), OUTBOX.retryAfterMaxMs);
  return backoffDelay(retry, random);
}
