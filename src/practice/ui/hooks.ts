import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/** Re-renders on every change of an external store (the meeting, the drill runner). */
export function useStore<T>(store: { get(): T; subscribe(listener: () => void): () => void }): T {
  const [value, setValue] = useState(store.get);
  useLayoutEffect(() => {
    setValue(store.get());
    return store.subscribe(() => setValue(store.get()));
  }, [store]);
  return value;
}

/**
 * False until `delay` ms after mount: menus open at once but their items arrive later, as in
 * clients that fetch the menu's state first (the adapter must wait, not sleep). The timer starts
 * when the menu enters the page.
 */
export function useDelayed(delay: number): boolean {
  const [ready, setReady] = useState(delay <= 0);
  useLayoutEffect(() => {
    if (delay <= 0) return;
    const timer = setTimeout(() => setReady(true), delay);
    return () => clearTimeout(timer);
  }, [delay]);
  return ready;
}

/**
 * Closes a popup on Escape or on a click outside it and its trigger. The click listener runs in
 * the capture phase so a click on another trigger closes this popup before opening the next.
 * Layout effects: the listeners are live as soon as the popup is in the page, not after paint.
 */
export function useDismiss(popup: RefObject<HTMLElement | null>, trigger: Element | null, onClose: () => void): void {
  useLayoutEffect(() => {
    const doc = trigger?.ownerDocument ?? document;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Node ? event.target : null;
      if (target && (popup.current?.contains(target) || trigger?.contains(target))) return;
      onClose();
    };
    doc.addEventListener('keydown', onKey);
    doc.addEventListener('click', onClick, true);
    return () => {
      doc.removeEventListener('keydown', onKey);
      doc.removeEventListener('click', onClick, true);
    };
  }, [popup, trigger, onClose]);
}
