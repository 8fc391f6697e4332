/**
 * The practice meeting's own event log: every scripted step and every state change, timed on
 * the same clock as Playwright's `performance` readings so tests and benchmarks can measure
 * reaction times. Exposed read-only as `window.__practiceLog`; it never changes meeting state.
 */
export interface PracticeLogEntry {
  /** `performance.timeOrigin + performance.now()`: epoch ms with sub-ms precision. */
  readonly t: number;
  readonly type: string;
  readonly participantId?: string;
  readonly name?: string;
  /** Former name, on `renamed`. */
  readonly from?: string;
  /** Short machine-readable extra, e.g. `locked` on `join-refused`, `chatAllowed=false`. */
  readonly detail?: string;
  /** Chat text, or a submitted report's description. */
  readonly text?: string;
}

export type LogFields = Omit<PracticeLogEntry, 't' | 'type'>;

export interface PracticeLog {
  record(type: string, fields?: LogFields): PracticeLogEntry;
  entries(): readonly PracticeLogEntry[];
  /** Listeners see each entry once, in order; returns the unsubscribe function. */
  subscribe(listener: (entry: PracticeLogEntry) => void): () => void;
}

declare global {
  interface Window {
    __practiceLog?: readonly PracticeLogEntry[];
  }
}

export const now = (): number => performance.timeOrigin + performance.now();

export function createPracticeLog(): PracticeLog {
  const entries: PracticeLogEntry[] = [];
  const listeners = new Set<(entry: PracticeLogEntry) => void>();
  return {
    record(type, fields = {}) {
      const entry = Object.freeze({ t: now(), type, ...fields });
      entries.push(entry);
      for (const listener of listeners) listener(entry);
      return entry;
    },
    entries: () => entries,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Publishes a frozen copy on each read, so page scripts cannot rewrite history. */
export function exposeLog(log: PracticeLog, win: Window): () => void {
  const read = () => Object.freeze([...log.entries()]);
  Object.defineProperty(win, '__practiceLog', { get: read, configurable: true });
  return () => {
    if (Object.getOwnPropertyDescriptor(win, '__practiceLog')?.get === read) delete win.__practiceLog;
  };
}
