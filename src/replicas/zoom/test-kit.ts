import type { ReplicaControl, ReplicaOptions } from '../replica';
import { mountReplica } from './client';

/*
 * Helpers for the replica's own tests: mount with a tiny delay, wait for the client to render,
 * find things the way a host sees them (by visible text and ARIA).
 */
export const DELAY = 2;

export function mount(options: ReplicaOptions = {}): { control: ReplicaControl; root: HTMLElement } {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  return { control: mountReplica(root, { delayMs: DELAY, ...options }), root };
}

/** Waits past the client's delay (twice: a dialog, then the action it confirms). */
export const settle = (ms = DELAY * 6 + 10) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function byText<T extends Element = HTMLElement>(
  selector: string,
  text: string,
  root: ParentNode = document,
): T {
  const found = [...root.querySelectorAll<T>(selector)].find((el) => el.textContent?.trim() === text);
  if (!found) throw new Error(`no ${selector} with text "${text}"`);
  return found;
}

export function click(el: Element): void {
  (el as HTMLElement).click();
}

export async function openParticipants(): Promise<void> {
  click(document.querySelector('button[aria-label*="participants list pane"]')!);
  await settle();
}

export function row(name: string): HTMLElement {
  const found = [...document.querySelectorAll<HTMLElement>('.participants-li')].find(
    (r) => r.querySelector('.participants-item__display-name')?.textContent === name,
  );
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

export async function chooseRowItem(name: string, item: string): Promise<void> {
  click(row(name).querySelector('button[title="More options"]')!);
  await settle();
  click(byText('.new-dropdown-menu .zmu-portal-dropdown__menu-item-button', item));
  await settle();
}

export function dialog(): HTMLElement {
  const found = document.querySelector<HTMLElement>('.ReactModal__Content[role="dialog"]');
  if (!found) throw new Error('no dialog');
  return found;
}

export async function hostTools(...path: string[]): Promise<void> {
  click(document.querySelector('button[aria-label="Host tools"]')!);
  await settle();
  for (const step of path) {
    click(byText('.host-tools-panel__menu-button', step));
    await settle();
  }
}

export const switchFor = (label: string) =>
  document.querySelector<HTMLElement>(`button[role="switch"][aria-label="${label}"]`)!;
