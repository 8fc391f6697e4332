/** Message text is fixed client wording with participant names spliced in as separate segments. */
export type Segment = string | { name: string };

export interface Message {
  id: number;
  kind: string;
  segments: readonly Segment[];
  /** How many identical messages were folded into this one (notices only). */
  count: number;
}

export interface MessageQueueOptions {
  /** Oldest messages drop off beyond this many. */
  max: number;
  /** Auto-dismiss after this long; `null` keeps messages until dismissed. */
  ttlMs: number | null;
  /** Fold a message identical to the newest one into it instead of adding a line. */
  fold: boolean;
}

const textOf = (segments: readonly Segment[]) => segments.map((s) => (typeof s === 'string' ? s : s.name)).join('');

/** Toasts and host notices: a short list with optional expiry; `dispose()` clears every timer. */
export function createMessageQueue({ max, ttlMs, fold }: MessageQueueOptions) {
  let messages: readonly Message[] = [];
  let nextId = 1;
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const listeners = new Set<() => void>();

  const set = (next: readonly Message[]) => {
    messages = next;
    for (const listener of listeners) listener();
  };

  function dismiss(id: number) {
    clearTimeout(timers.get(id));
    timers.delete(id);
    if (messages.some((m) => m.id === id)) set(messages.filter((m) => m.id !== id));
  }

  function push(kind: string, segments: readonly Segment[]) {
    const last = messages[messages.length - 1];
    if (fold && last && last.kind === kind && textOf(last.segments) === textOf(segments)) {
      set([...messages.slice(0, -1), { ...last, count: last.count + 1 }]);
      return;
    }
    const message: Message = { id: nextId++, kind, segments, count: 1 };
    const kept = [...messages, message];
    for (const dropped of kept.splice(0, Math.max(0, kept.length - max))) clearTimeout(timers.get(dropped.id));
    set(kept);
    if (ttlMs !== null)
      timers.set(
        message.id,
        setTimeout(() => dismiss(message.id), ttlMs),
      );
  }

  return {
    get: () => messages,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    push,
    dismiss,
    dispose() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      listeners.clear();
    },
  };
}

export type MessageQueue = ReturnType<typeof createMessageQueue>;
