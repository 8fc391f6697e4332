/*
 * The client's render latency. Zoom paints a menu's frame at once and its items, panels and
 * dialogs a moment later (meeting-dom.md §1.2; the practice meeting copies it); every such step
 * goes through `later`, so unmount can cancel what is still pending.
 */
export interface Scheduler {
  readonly delayMs: number;
  /** Runs `work` after the client's delay; returns a cancel function. */
  later(work: () => void): () => void;
  /** Runs `work` after `ms` (toast lifetimes); returns a cancel function. */
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
