/**
 * Runs async tasks one after another per key. Two messages arriving together must not both read
 * the same stored state and overwrite each other (a lost-join race seen in the toolchain probe).
 */
export function createSerialQueue<K>() {
  const tails = new Map<K, Promise<unknown>>();
  return function enqueue<T>(key: K, task: () => Promise<T>): Promise<T> {
    const run = (tails.get(key) ?? Promise.resolve()).then(task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
