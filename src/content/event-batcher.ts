import type { MeetingEvent } from '../shared/model/meeting-event';
import { LIMITS } from '../shared/protocol/limits';

/**
 * Collects adapter events and flushes them once per microtask, in order, one send at a time:
 * a join burst becomes a few messages instead of hundreds, and order is never lost.
 */
export function createEventBatcher(send: (events: MeetingEvent[]) => Promise<void>) {
  let pending: MeetingEvent[] = [];
  let chain: Promise<void> = Promise.resolve();
  let scheduled = false;

  function flush() {
    scheduled = false;
    while (pending.length > 0) {
      const batch = pending.splice(0, LIMITS.eventsPerBatch);
      chain = chain.then(() => send(batch)).catch(() => undefined);
    }
  }

  return {
    push(event: MeetingEvent) {
      pending.push(event);
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(flush);
      }
    },
    /** Resolves once everything pushed so far has been sent. */
    drained(): Promise<void> {
      flush();
      return chain;
    },
    clear() {
      pending = [];
    },
    /** Sends something else in the same ordered chain (the hello must precede its events). */
    sendInOrder(task: () => Promise<unknown>): void {
      flush();
      chain = chain.then(task).then(
        () => undefined,
        () => undefined,
      );
    },
  };
}
