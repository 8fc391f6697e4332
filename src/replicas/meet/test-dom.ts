/* Helpers for the replica's own tests: find by role and label, click, wait. */

export async function until<T>(find: () => T | null | undefined | false, what: string, timeoutMs = 1000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

export const byLabel = (root: ParentNode, selector: string, label: string): HTMLElement | null =>
  [...root.querySelectorAll<HTMLElement>(selector)].find((el) => el.getAttribute('aria-label') === label) ?? null;

export const button = (root: ParentNode, label: string) => byLabel(root, 'button', label);

export const peopleList = (doc: Document) => doc.querySelector<HTMLElement>('[role="list"][aria-label="Participants"]');

export const rows = (doc: Document) => [...(peopleList(doc)?.querySelectorAll<HTMLElement>('[role="listitem"]') ?? [])];

export const rowNamed = (doc: Document, name: string) =>
  rows(doc).find((row) => row.getAttribute('aria-label') === name);

/** Portals Meet appends to the end of body (menus, confirmations, dialogs). */
export const menuItem = (doc: Document, label: string) => byLabel(doc, '[role="menu"] [role="menuitem"]', label);

export const buttonWithText = (root: ParentNode, text: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text) ?? null;

export const switchNamed = (root: ParentNode, label: string) => byLabel(root, '[role="switch"]', label);

export const settle = (ms = 10) => new Promise((resolve) => setTimeout(resolve, ms));
