/*
 * Test helpers for the Jitsi replica's own tests: mount on a fresh body, drive the host's
 * controls by their documented hooks, and step the client's delay with fake timers.
 */
import { vi } from 'vitest';
import type { ReplicaControl, ReplicaOptions } from '../replica';
import { mountReplica } from './client';

export const DELAY = 150;

export function mount(options: ReplicaOptions = {}): ReplicaControl {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  return mountReplica(root, { delayMs: DELAY, ...options });
}

/** Lets the client's delay pass (menus' items, dialogs, confirmed actions). */
export function tick(ms = DELAY + 1): void {
  vi.advanceTimersByTime(ms);
}

export function q<T extends Element = HTMLElement>(selector: string): T | null {
  return document.querySelector<T>(selector);
}

export function click(selector: string): void {
  const el = q(selector);
  if (!el) throw new Error(`no ${selector}`);
  el.click();
}

export function openPane(): void {
  click('[aria-label^="Open participants pane"]');
  tick();
}

/** Raises a row's participant menu and waits for its items. */
export function openParticipantMenu(id: string): void {
  click(`[data-testid="participant-more-options-${id}"]`);
  tick();
}

export function remoteIds(replica: ReplicaControl): string[] {
  return replica
    .state()
    .participants.filter((p) => !p.self)
    .map((p) => p.id);
}

export function idOf(replica: ReplicaControl, name: string): string {
  const found = replica.state().participants.find((p) => p.name === name);
  if (!found) throw new Error(`no participant ${name}`);
  return found.id;
}
