/*
 * DOM building for the Teams replica. Teams v2 is React + Fluent UI v9: every component carries a
 * readable `fui-<Component>` class plus hashed atomic classes (meeting-dom.md §3.0, 2026-11). The
 * replica emits both so an adapter that leans on the hashed ones breaks here as it would live.
 * Text always goes in through textContent: names and chat are attacker text.
 */

type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

/** `h('div', {role: 'tree'}, child...)`: attributes set verbatim, `false`/`null` skipped. */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}

// Attributes and text change only when their value does (one mutation per real change).
export { sync as setAttr, syncText as setText } from '../dom';

/** Griffel-style hashed classes, stable per slot name (e.g. `___1k5ldc0 f1euv43f`). */
export function fui(slot: string): string {
  let hash = 5381;
  for (let i = 0; i < slot.length; i++) hash = ((hash * 33) ^ slot.charCodeAt(i)) >>> 0;
  const a = hash.toString(36).padStart(7, '0').slice(0, 7);
  const b = ((hash * 2654435761) >>> 0).toString(36).slice(0, 7);
  return `fui-${slot} ___${a} f${b}`;
}

/** Stable per-element ids, as React's useId gives (`:r1a:`). */
export function idMaker(): (prefix?: string) => string {
  let n = 0;
  return (prefix = '') => `${prefix}:r${(n++).toString(36)}:`;
}
