import type { ReplicaControl, ReplicaOptions } from '../replica';
import { mountReplica } from './client';

/** Test helpers for the Teams replica's own tests (driving it the way a host's mouse would). */
export interface Mounted {
  replica: ReplicaControl;
  doc: Document;
  done(): void;
}

export function mount(options: ReplicaOptions = {}): Mounted {
  const root = document.createElement('div');
  document.body.append(root);
  const replica = mountReplica(root, { delayMs: 5, ...options });
  return {
    replica,
    doc: document,
    done() {
      replica.unmount();
      root.remove();
    },
  };
}

export async function until<T>(probe: () => T | null | undefined | false, what = 'condition', ms = 2000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function byText(selector: string, text: string): HTMLElement | null {
  return [...document.querySelectorAll<HTMLElement>(selector)].find((el) => el.textContent?.trim() === text) ?? null;
}

export async function openPeople(): Promise<HTMLElement> {
  document.querySelector<HTMLElement>('#roster-button')!.click();
  return until(() => document.querySelector<HTMLElement>('[role="tree"]'), 'roster tree');
}

export function row(name: string): HTMLElement | null {
  return (
    [...document.querySelectorAll<HTMLElement>('[data-tid^="participantsInCall-"]')].find(
      (el) => el.getAttribute('data-tid') === `participantsInCall-${name}`,
    ) ?? null
  );
}

export async function chooseRowItem(name: string, moreLabel: string, item: string): Promise<void> {
  const target = await until(() => row(name), `row ${name}`);
  target.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  (await until(() => target.querySelector<HTMLElement>(`button[aria-label="${moreLabel}"]`), 'More options')).click();
  (await until(() => byText('[role="menuitem"]', item), item)).click();
}

export async function choosePaneItem(moreLabel: string, item: string): Promise<void> {
  const pane = await until(() => document.querySelector('[data-tid="calling-roster-wrapper"]'), 'pane');
  pane.querySelector<HTMLElement>(`button[aria-label="${moreLabel}"]`)!.click();
  (await until(() => byText('[role="menuitem"]', item), item)).click();
}

export async function confirmDialog(button: string): Promise<void> {
  const dialog = await until(() => document.querySelector<HTMLElement>('[role="dialog"]'), 'dialog');
  [...dialog.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === button)!.click();
}
