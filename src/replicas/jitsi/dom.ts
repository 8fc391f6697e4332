/*
 * Tiny DOM builder for the Jitsi replica. Text always goes through text nodes: display names and
 * chat are attacker text, and lint forbids HTML sinks anyway.
 */

export type Attrs = Record<string, string | number | boolean | undefined>;
export type Child = Node | string | null | undefined | false;

/** Creates `tag` in `doc` with attributes and children; `false`/`undefined` attributes are skipped. */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  setAttrs(el, attrs);
  append(el, ...children);
  return el;
}

/** Sets or removes attributes: `false`/`undefined` removes, `true` sets an empty value. */
export function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else {
      const text = value === true ? '' : String(value);
      if (el.getAttribute(name) !== text) el.setAttribute(name, text);
    }
  }
}

export function append(el: Element, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? el.ownerDocument.createTextNode(child) : child);
  }
}

/** Sets text only when it changes (React does the same for text nodes). */
export function syncText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

export function replaceChildren(el: Element, ...children: Child[]): void {
  while (el.firstChild) el.firstChild.remove();
  append(el, ...children);
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Jitsi's `Icon`: a `div.jitsi-icon` container (optional id) around an `<svg>` carrying the icon's
 * own id, e.g. `svg#videoMuted` (participants-pane/constants.tsx, base/icons/components/Icon.tsx).
 */
export function icon(doc: Document, opts: { svgId?: string; containerId?: string; testId?: string } = {}): HTMLElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('viewBox', '0 0 24 24');
  if (opts.svgId) svg.setAttribute('id', opts.svgId);
  svg.append(doc.createElementNS(SVG, 'path'));
  return h(
    doc,
    'div',
    { class: 'jitsi-icon jitsi-icon-default', id: opts.containerId, 'data-testid': opts.testId },
    svg,
  );
}

/**
 * tss-react class names are generated hashes (meeting-dom.md §4.0): the replica emits look-alikes
 * so an adapter that keys on them breaks here as it would on the real client.
 */
export function tss(name: string): string {
  let hash = 5381;
  for (const char of name) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return `tss-${hash.toString(36).slice(0, 6)}-${name}`;
}
