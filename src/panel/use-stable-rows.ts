import type { VNode } from 'preact';
import { useRef } from 'preact/hooks';

/**
 * Reuses a row's vnode while its data is unchanged, so Preact skips diffing it (strict-equality
 * bail-out). Storage hands the panel fresh objects on every change, so identity cannot tell:
 * a `signature` string does. During a raid this turns a full roster re-render per join into
 * one new row.
 */
export function useStableRows<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  signature: (item: T) => string,
  render: (item: T) => VNode,
): VNode[] {
  const cache = useRef(new Map<string, { signature: string; vnode: VNode }>());
  const next = new Map<string, { signature: string; vnode: VNode }>();
  const rows = items.map((item) => {
    const key = keyOf(item);
    const sig = signature(item);
    const hit = cache.current.get(key);
    const vnode = hit && hit.signature === sig ? hit.vnode : render(item);
    next.set(key, { signature: sig, vnode });
    return vnode;
  });
  cache.current = next;
  return rows;
}
