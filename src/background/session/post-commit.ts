import type { MeetingSession } from '../../shared/model/session';

export type CommitListener = (next: MeetingSession, previous: MeetingSession | undefined) => void;

const listeners = new Set<CommitListener>();

/**
 * Subscribes to every committed session change (Shield, evidence capture and the outbox attach
 * here instead of being called from the event path). Returns the unsubscribe.
 */
export function onSessionCommitted(listener: CommitListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Called by the session store after a change is committed. Listeners run after the store's own
 * work (a microtask later), so a slow or failing subscriber never delays or breaks the write,
 * and one that changes the session again just queues behind it.
 */
export function committed(next: MeetingSession, previous: MeetingSession | undefined): void {
  if (listeners.size === 0) return;
  queueMicrotask(() => {
    for (const listener of listeners) {
      try {
        listener(next, previous);
      } catch (error) {
        console.warn('Hostguard: a session subscriber failed', error);
      }
    }
  });
}
