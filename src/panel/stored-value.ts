/**
 * One settings value under one storage key, always read and written through its sanitiser.
 * Several options sections edit the same value (the detection rules and the attendee list are
 * both `detectionSettings`), so writes are read-modify-write on a queue: two quick edits from
 * two sections never lose each other's change, and every section sees the value as stored.
 */
export interface StoredValue<T> {
  load(): Promise<T>;
  save(value: T): Promise<void>;
  /** Reads the stored value, applies `change`, writes the sanitised result and returns it. */
  update(change: (current: T) => T): Promise<T>;
  /** Called with the stored value after every write through this store. */
  watch(listener: (value: T) => void): () => void;
}

/** The part of `storage.local` a stored value needs (the real one, or a Map in tests). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function createStoredValue<T>(area: KeyValueArea, key: string, sanitise: (raw: unknown) => T): StoredValue<T> {
  const listeners = new Set<(value: T) => void>();
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <R>(task: () => Promise<R>): Promise<R> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  const read = async () => sanitise((await area.get(key))[key]);
  const write = async (value: T) => {
    const clean = sanitise(value);
    await area.set({ [key]: clean });
    listeners.forEach((listener) => listener(clean));
    return clean;
  };
  return {
    // Queued too, so a load never returns a value older than a write that was asked for first.
    load: () => enqueue(read),
    save: (value) => enqueue(() => write(value)).then(() => undefined),
    update: (change) => enqueue(async () => write(change(await read()))),
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** An in-memory storage area, for tests and previews outside the extension. */
export function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { items: Record<string, unknown> } {
  const items = structuredClone(initial);
  return {
    items,
    get: async (key) => (key in items ? { [key]: structuredClone(items[key]) } : {}),
    set: async (next) => void Object.assign(items, structuredClone(next)),
  };
}
