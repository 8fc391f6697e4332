import { OUTBOX } from './outbox-config';

let tail: Promise<unknown> = Promise.resolve();

/**
 * One drain at a time. Web Locks span every context of the extension (worker, event page,
 * offscreen document) and are released when a context dies, so a killed worker never leaves the
 * outbox locked; without them (unit tests in Node) an in-memory chain keeps one worker in order.
 */
export function withOutboxLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator.locks ?? undefined);
  if (locks) return locks.request(OUTBOX.lockName, task) as Promise<T>;
  const run = tail.then(task);
  tail = run.catch(() => undefined);
  return run;
}
