/*
 * A replica's render latency, shared by the replicas: menus open at once, their items, panels and
 * dialogs (and the result of a confirmed action) follow after `delayMs`, as the practice meeting
 * and the real clients do (meeting-dom.md §1.2). Every timer goes through here so unmount cancels
 * what is still pending.
 */
export interface Scheduler {
  readonly delayMs: number;
  /** Runs `work` after the client's delay; returns a cancel function. */
  later(work: () => void): () => void;
  /** Runs `work` after `ms` (toast and notification lifetimes, join throttling); returns a cancel function. */
  after(ms: number, work: () => void): () => void;
  cancelAll(): void;
}

export function createScheduler(delayMs: number): Scheduler {
  const pending = new Set<ReturnType<typeof setTimeout>>();
  const after = (ms: number, work: () => void) => {
    const timer = setTimeout(() => {
      pending.delete(timer);
      work();
    }, ms);
    pending.add(timer);
    return () => {
      clearTimeout(timer);
      pending.delete(timer);
    };
  };
  return {
    delayMs,
    later: (work) => after(delayMs, work),
    after,
    cancelAll() {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    },
  };
}
