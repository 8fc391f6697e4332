/**
 * Selectors are data: each control is a list of alternatives, tried in order (newest client
 * layout first). Text matches only ever look at the client's own chrome, never at participant
 * names, so a participant called "Remove" cannot steer a click.
 */
export interface ControlSpec {
  /** Stable name used in results and health, e.g. `securityButton`. */
  name: string;
  selectors: readonly string[];
}

export function findControl<E extends Element = HTMLElement>(spec: ControlSpec, root: ParentNode = document): E | null {
  for (const selector of spec.selectors) {
    const found = root.querySelector<E>(selector);
    if (found) return found;
  }
  return null;
}

export function findAllControls<E extends Element = HTMLElement>(spec: ControlSpec, root: ParentNode = document): E[] {
  for (const selector of spec.selectors) {
    const found = root.querySelectorAll<E>(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** A menu item whose own label (not a participant's name) equals one of `labels`. */
export function findByLabel<E extends HTMLElement>(candidates: Iterable<E>, labels: readonly string[]): E | null {
  const wanted = labels.map((label) => label.toLowerCase());
  for (const element of candidates) {
    const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().toLowerCase();
    if (wanted.includes(label)) return element;
  }
  return null;
}
