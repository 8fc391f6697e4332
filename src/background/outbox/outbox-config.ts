import { WIRE_LIMITS } from '../../shared/report-wire/schema';

/**
 * Every number the outbox runs on, in one place (reliability-security.md §1, §7). Chrome kills
 * an idle worker after 30 s and a fetch whose response takes more than 30 s, so requests stop at
 * 25 s and a record left `sending` for 30 s belongs to a worker that died mid-fetch.
 */
export const OUTBOX = Object.freeze({
  dbName: 'hostguard-outbox',
  lockName: 'hostguard-outbox',
  alarmName: 'outbox-drain',
  /** Reports per POST /v1/reports: N = 10, never above what the receiver accepts. */
  batchSize: Math.min(10, WIRE_LIMITS.reportsPerBatch),
  batchBytes: WIRE_LIMITS.batchBytes,
  /** T: after the first enqueue, wait this long for more reports to share the POST. */
  batchWindowMs: 2_000,
  requestTimeoutMs: 25_000,
  sendingLeaseMs: 30_000,
  /** Chrome (120+) fires an alarm at most every 30 s; sooner retries use a timer while awake. */
  alarmMinDelayMs: 30_000,
  backoff: Object.freeze({ baseMs: 2_000, capMs: 300_000 }),
  /** A hostile or broken receiver cannot park reports for longer than this with Retry-After. */
  retryAfterMaxMs: 6 * 60 * 60 * 1_000,
  /** Chat messages per drain round: one request each, no batching on chat webhooks. */
  webhooksPerRound: 5,
  /** Bounds one drain even if records keep coming due (each round sends at least one request). */
  maxRoundsPerDrain: 50,
  /** Records read per round to find due work. */
  dueScan: 100,
  /** Fully delivered records are kept this long for the panel, then deleted. */
  deliveredRetentionMs: 7 * 24 * 60 * 60 * 1_000,
  /** Clear text taken from a receiver's error body. */
  receiverTextMax: 300,
});
