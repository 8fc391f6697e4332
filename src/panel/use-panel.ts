import { createContext } from 'preact';
import { useContext, useEffect, useReducer, useRef } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import type { PanelStore, PanelStoreState } from './store';

/**
 * Binds the vanilla zustand store to Preact with plain hooks (no preact/compat): a component
 * re-renders only when its selected value changes (Object.is), so selectors must return
 * stored references or primitives, never fresh objects.
 */
export function useStore<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const selected = selector(store.getState());
  const latest = useRef({ selector, selected });
  latest.current = { selector, selected };
  useEffect(() => {
    const check = () => {
      const { selector: select, selected: shown } = latest.current;
      if (!Object.is(select(store.getState()), shown)) rerender(0);
    };
    check(); // the store may have changed between render and subscribe
    return store.subscribe(check);
  }, [store]);
  return selected;
}

export const StoreContext = createContext<PanelStore | null>(null);

export function usePanelStore(): PanelStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePanel outside <StoreContext.Provider>');
  return store;
}

export function usePanel<T>(selector: (state: PanelStoreState) => T): T {
  return useStore(usePanelStore(), selector);
}
