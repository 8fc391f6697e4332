import type { DestinationKind } from '../../shared/model/outbox';
import { readDestinations } from './destination-access';
import { endpointRound, webhookRound } from './drain-rounds';
import { OUTBOX } from './outbox-config';
import { deleteRecords, dueRecords, recordsEnqueuedBefore } from './outbox-db';
import { faultPoint, outboxDeps } from './outbox-deps';
import { withOutboxLock } from './outbox-lock';
import { isDueFor, isSettled, type OutboxRecord } from './outbox-record';
import { reviveBlocked } from './outbox-writes';
import { scheduleSummary } from './summary';
import { armNextDrain } from './wake';

export type DrainReason =
  'wake' | 'startup' | 'alarm' | 'timer' | 'enqueue' | 'retry' | 'settings' | 'permission' | 'test';

export interface DrainReport {
  reason: DrainReason;
  rounds: number;
  /** Destination sends started (or settled without a request: blocked, too large). */
  handled: number;
  /** The next due time the alarm was set for, or undefined when nothing is pending. */
  next: number | undefined;
  error?: string;
}

let waiting: Promise<DrainReport> | undefined;

/**
 * Sends what is due, one drain at a time across the extension. A drain asked for while one runs
 * is queued once; more requests join it (it reads the outbox when it starts, so it sees them).
 */
export function drainOutbox(reason: DrainReason): Promise<DrainReport> {
  if (waiting) return waiting;
  const run = withOutboxLock(() => {
    waiting = undefined;
    return runDrain(reason);
  });
  waiting = run;
  return run;
}

const again = () => void drainOutbox('timer');

async function runDrain(reason: DrainReason): Promise<DrainReport> {
  const report: DrainReport = { reason, rounds: 0, handled: 0, next: undefined };
  try {
    await faultPoint('drain:start');
    const settings = await readDestinations();
    // Reports queued before the host set a destination go as soon as one exists.
    const configured = (['endpoint', 'webhook'] as const).filter((kind) => settings[kind]);
    await reviveBlocked(configured.map((kind) => `config:${kind}`));
    const tried = new Set<string>();
    while (report.rounds < OUTBOX.maxRoundsPerDrain) {
      const handled = await runRound(settings, tried);
      if (handled === 0) break;
      report.rounds++;
      report.handled += handled;
    }
    await pruneDelivered();
  } catch (error) {
    report.error = error instanceof Error ? error.message : String(error);
    console.warn('Hostguard: the report outbox drain stopped', error);
  }
  try {
    report.next = await armNextDrain(again);
    await scheduleSummary();
  } catch (error) {
    console.warn('Hostguard: could not arrange the next outbox drain', error);
  }
  return report;
}

/** One round: one batch to the receiver and a few chat messages. Each destination once per drain. */
async function runRound(settings: Awaited<ReturnType<typeof readDestinations>>, tried: Set<string>): Promise<number> {
  const now = outboxDeps().now();
  const due = await dueRecords(now, OUTBOX.dueScan + tried.size);
  const pick = (kind: DestinationKind) =>
    due.filter((record: OutboxRecord) => isDueFor(record, kind, now) && !tried.has(`${kind}:${record.key}`));
  const forEndpoint = pick('endpoint');
  const forWebhook = pick('webhook');
  let handled = 0;
  if (forEndpoint.length > 0) {
    const keys = await endpointRound(forEndpoint, settings);
    keys.forEach((key) => tried.add(`endpoint:${key}`));
    handled += keys.length;
  }
  if (forWebhook.length > 0) {
    const keys = await webhookRound(forWebhook, settings);
    keys.forEach((key) => tried.add(`webhook:${key}`));
    handled += keys.length;
  }
  return handled;
}

/** Fully delivered reports leave the outbox after a week; failed and queued ones never do by themselves. */
async function pruneDelivered(): Promise<void> {
  const old = await recordsEnqueuedBefore(outboxDeps().now() - OUTBOX.deliveredRetentionMs, OUTBOX.dueScan);
  const settled = old.filter(isSettled).map((record) => record.key);
  if (settled.length > 0) await deleteRecords(settled);
}
