/*
 * The tiny DOM builder the replicas share. Text always goes through text nodes: display names and
 * chat are attacker text, and lint forbids HTML sinks anyway. Attributes and text change only
 * when their value does, so observers see one mutation per real change, as with React.
 */

export type Attrs = Record<string, string | number | boolean | undefined>;
export type Child = Node | string | null | undefined | false;

/** Creates `tag` in `doc` with attributes (`class`, `aria-*`, `style`, …) and children. */
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
    if (value === undefined || value === false) sync(el, name, null);
    else sync(el, name, value === true ? '' : String(value));
  }
}

export function append(el: Element, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? el.ownerDocument.createTextNode(child) : child);
  }
}

/** Sets or removes one attribute, only when it changes. */
export function sync(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) {
    el.setAttribute(name, value);
  }
}

/** Sets text only when it changes. */
export function syncText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

export function replaceChildren(el: Element, ...children: Child[]): void {
  while (el.firstChild) el.firstChild.remove();
  append(el, ...children);
}
