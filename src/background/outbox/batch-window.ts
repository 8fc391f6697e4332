import { OUTBOX } from './outbox-config';
import { outboxDeps } from './outbox-deps';

let timer: unknown;
let waiting = 0;

/**
 * After the first enqueue, wait up to T = 2 s for more reports to share one POST; a full batch
 * (N) goes at once. If the worker dies inside the window, the report is committed and due: the
 * backstop alarm or the next wake sends it.
 */
export function requestBatchDrain(drain: () => void): void {
  const deps = outboxDeps();
  waiting++;
  if (waiting >= OUTBOX.batchSize) {
    if (timer !== undefined) deps.clearTimer(timer);
    fire(drain);
    return;
  }
  timer ??= deps.setTimer(() => fire(drain), OUTBOX.batchWindowMs);
}

function fire(drain: () => void): void {
  timer = undefined;
  waiting = 0;
  drain();
}
