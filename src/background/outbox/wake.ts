import { browser } from '../../shared/platform/browser';
import { earliestDue } from './outbox-db';
import { OUTBOX } from './outbox-config';
import { outboxDeps } from './outbox-deps';

let timer: unknown;

/**
 * Arranges the next drain after one finished: the `outbox-drain` alarm at the earliest due time
 * (never sooner than Chrome's 30 s minimum), cleared when nothing is pending. A retry due sooner
 * also gets a timer, which only fires if the worker is still awake; the alarm is the guarantee.
 */
export async function armNextDrain(drain: () => void): Promise<number | undefined> {
  const deps = outboxDeps();
  if (timer !== undefined) deps.clearTimer(timer);
  timer = undefined;
  const next = await earliestDue();
  if (next === undefined) {
    await browser.alarms.clear(OUTBOX.alarmName);
    return undefined;
  }
  const now = deps.now();
  if (next - now < OUTBOX.alarmMinDelayMs) {
    timer = deps.setTimer(
      () => {
        timer = undefined;
        drain();
      },
      Math.max(0, next - now),
    );
  }
  await browser.alarms.create(OUTBOX.alarmName, { when: Math.max(next, now + OUTBOX.alarmMinDelayMs) });
  return next;
}

/**
 * A drain about to send, or a report just committed: if this worker dies now, the alarm still
 * comes (30 s later, when a `sending` lease has run out) and a new worker picks the work up.
 */
export async function armBackstop(): Promise<void> {
  // A second past the lease, so the drain it starts finds the dead worker's records due.
  const when = outboxDeps().now() + OUTBOX.sendingLeaseMs + 1_000;
  const existing = await browser.alarms.get(OUTBOX.alarmName);
  if (!existing || existing.scheduledTime > when) await browser.alarms.create(OUTBOX.alarmName, { when });
}
