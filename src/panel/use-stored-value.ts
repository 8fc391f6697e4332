import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredValue } from './stored-value';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface StoredValueState<T> {
  /** null until the first load. */
  value: T | null;
  status: SaveStatus;
  /** Shows the change at once, then saves it and shows the value as stored (sanitised). */
  edit(change: (current: T) => T): void;
}

/** An options section's view of one stored value: saved on change, like the other options. */
export function useStoredValue<T>(store: StoredValue<T>): StoredValueState<T> {
  const [value, setValue] = useState<T | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const pending = useRef(0);
  useEffect(() => {
    let live = true;
    const stop = store.watch((stored) => live && setValue(stored));
    void store.load().then((stored) => live && setValue(stored));
    return () => {
      live = false;
      stop();
    };
  }, [store]);

  const edit = (change: (current: T) => T) => {
    setValue((current) => (current === null ? current : change(current)));
    setStatus('saving');
    pending.current += 1;
    store.update(change).then(
      () => {
        pending.current -= 1;
        if (pending.current === 0) setStatus('saved');
      },
      (error: unknown) => {
        pending.current -= 1;
        console.warn('Hostguard could not save a setting', error);
        setStatus('failed');
      },
    );
  };
  return { value, status, edit };
}
