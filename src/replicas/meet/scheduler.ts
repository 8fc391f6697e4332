/**
 * Every timer the replica starts, so unmount can cancel them all. `later` runs after the
 * client's render delay (the practice meeting's 150 ms by default).
 */
export class Scheduler {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private stopped = false;

  constructor(readonly delayMs: number) {}

  later(work: () => void, ms = this.delayMs): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped) work();
    }, ms);
    this.timers.add(timer);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
