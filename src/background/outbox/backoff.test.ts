// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backoffCeiling, backoffDelay, parseRetryAfter, retryDelay } from './backoff';
import { OUTBOX } from './outbox-config';

describe('full-jitter backoff', () => {
  it('draws from [0, min(300 s, 2 s · 2^retry)) with the injected random source', () => {
    expect(backoffCeiling(0)).toBe(2_000);
    expect(backoffCeiling(3)).toBe(16_000);
    expect(backoffCeiling(7)).toBe(256_000);
    expect(backoffCeiling(8)).toBe(300_000);
    expect(backoffCeiling(1_000)).toBe(300_000);
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(3, () => 0.5)).toBe(8_000);
    expect(backoffDelay(3, () => 0.999999)).toBeLessThan(16_000);
  });

  it('stays inside its bounds for 10,000 draws at every retry, never above the cap', () => {
    for (let retry = 0; retry < 20; retry++) {
      for (let i = 0; i < 500; i++) {
        const delay = backoffDelay(retry, Math.random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.min(OUTBOX.backoff.capMs, OUTBOX.backoff.baseMs * 2 ** retry));
      }
    }
  });

  it('a random source outside [0, 1) cannot push the delay out of bounds', () => {
    expect(backoffDelay(0, () => 1)).toBeLessThan(2_000);
    expect(backoffDelay(0, () => -3)).toBe(0);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('reads delay-seconds and HTTP dates; anything else is ignored', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 7 ', now)).toBe(7_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('wins over the jitter, within a 6 h bound', () => {
    expect(retryDelay(0, 45_000, () => 0.9)).toBe(45_000);
    expect(retryDelay(0, 10 * 24 * 3_600_000, () => 0.9)).toBe(OUTBOX.retryAfterMaxMs);
    expect(retryDelay(2, undefined, () => 0.5)).toBe(4_000);
  });
});
