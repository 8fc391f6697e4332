import { ICON_CLASSES } from './selectors';

/*
 * Text reading that skips what is not a name: Meet draws icons as ligature text ("mic_off",
 * "more_vert", "devices") inside icon-font elements (meeting-dom.md §2.0, RollTrack file
 * #71605882874), and buttons carry their own labels. No layout reads: this runs per mutation.
 */

export function isIconElement(element: Element): boolean {
  const className = element.getAttribute('class');
  return element.tagName === 'svg' || (className !== null && ICON_CLASSES.test(className));
}

/** Elements under `root` that hold text of their own, in document order, outside icons and buttons. */
export function textLeaves(root: Element): { element: Element; text: string }[] {
  const out: { element: Element; text: string }[] = [];
  const visit = (element: Element) => {
    let own = '';
    for (const child of element.childNodes) if (child.nodeType === 3) own += child.nodeValue ?? '';
    const text = own.replace(/\s+/g, ' ').trim();
    if (text) out.push({ element, text });
    for (const child of element.children) {
      if (isIconElement(child) || child.tagName === 'BUTTON' || child.getAttribute('role') === 'button') continue;
      visit(child);
    }
  };
  visit(root);
  return out;
}

/** Whether `root` shows one of these glyph words inside an icon-font element (structure, not a name). */
export function hasGlyph(root: Element, glyphs: readonly string[]): boolean {
  for (const element of root.querySelectorAll('*')) {
    if (isIconElement(element) && glyphs.includes((element.textContent ?? '').trim())) return true;
  }
  return false;
}

export const equalsAny = (text: string, labels: readonly string[]): boolean =>
  labels.some((label) => label.toLowerCase() === text.trim().toLowerCase());

/** The label without a trailing suffix such as " (Presentation)", or null when it has none. */
export function withoutSuffix(text: string, suffixes: readonly string[]): string | null {
  const trimmed = text.trim();
  for (const suffix of suffixes) {
    if (trimmed.toLowerCase().endsWith(` ${suffix.toLowerCase()}`)) return trimmed.slice(0, -suffix.length - 1).trim();
  }
  return null;
}

/** A control's own label: its aria-label, else its text without icon ligatures ("remove_circle"). */
export function chromeLabel(element: Element): string {
  const aria = element.getAttribute('aria-label');
  if (aria !== null && aria.trim() !== '') return aria.trim();
  return textLeaves(element)
    .map((leaf) => leaf.text)
    .join(' ')
    .trim();
}

/** The first candidate whose own label is one of `labels` (the client's chrome, EN/FR). */
export function findLabelled<E extends Element>(candidates: Iterable<E>, labels: readonly string[]): E | null {
  for (const element of candidates) if (equalsAny(chromeLabel(element), labels)) return element;
  return null;
}
