/*
 * Tiny DOM builders for the Meet replica. Text always goes through textContent (display names and
 * chat are attacker text); nothing here parses HTML.
 */

export type Attrs = Record<string, string | false | undefined>;
export type Child = Node | string | null | undefined | false;

// The shared builder: a `false`/`undefined` attribute is left out, text goes in as text nodes.
import { h } from '../dom';

export { h };

export function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? parent.ownerDocument.createTextNode(child) : child);
  }
}

/**
 * An icon-font glyph: Meet draws icons as ligature TEXT ("mic_off", "more_vert") inside
 * `google-material-icons` / `google-symbols` elements (meeting-dom.md §2.0, RollTrack file
 * #71605882874, 2026). Name readers must skip these.
 */
export function icon(doc: Document, glyph: string, family: 'material' | 'symbols' = 'material'): HTMLElement {
  const className = family === 'material' ? 'google-material-icons notranslate' : 'google-symbols notranslate';
  return h(doc, 'i', { class: className, 'aria-hidden': 'true' }, glyph);
}

/** Meet's icon buttons carry the glyph as their only text. */
export function iconButton(doc: Document, label: string, glyph: string, attrs: Attrs = {}): HTMLButtonElement {
  return h(doc, 'button', { type: 'button', 'aria-label': label, 'data-tooltip': label, ...attrs }, icon(doc, glyph));
}

/** Removes every child, node by node. */
export function clear(element: Element): void {
  while (element.firstChild) element.firstChild.remove();
}
