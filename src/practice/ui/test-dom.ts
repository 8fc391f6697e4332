import { vi } from 'vitest';
import type { PracticeLogEntry } from '../log';
import { mountPracticeMeeting } from '../mount';

/**
 * Test helpers for the mounted practice meeting. `until` re-checks on each DOM mutation (no
 * polling, no sleeps); src/practice may not import Hostguard's own waitFor.
 */
export function until<T>(check: () => T | null | undefined | false, what = 'condition', timeoutMs = 2_000): Promise<T> {
  const first = check();
  if (first) return Promise.resolve(first);
  return new Promise<T>((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const value = check();
      if (!value) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${what}: not within ${timeoutMs} ms`));
    }, timeoutMs);
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

export const $ = <E extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = document) =>
  root.querySelector<E>(selector);
export const $$ = (selector: string, root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>(selector)];
export const byText = (selector: string, text: string, root: ParentNode = document) =>
  $$(selector, root).find((element) => element.textContent?.trim() === text) ?? null;
export const practiceLog = (): readonly PracticeLogEntry[] => window.__practiceLog ?? [];

/** Mounts the meeting; `steps` are served as a same-origin script through a stubbed fetch. */
export function mountForTest(query = 'delay=0', steps?: unknown[]) {
  const params = new URLSearchParams(query);
  if (steps) {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(steps)));
    params.set('script', '/test-script.json');
  }
  const root = document.createElement('div');
  document.body.append(root);
  const meeting = mountPracticeMeeting(root, params);
  return {
    root,
    unmount() {
      meeting.unmount();
      root.remove();
      vi.unstubAllGlobals();
    },
  };
}

/** Clicks "Start scenario" once the scenario has loaded. */
export async function startScenario(): Promise<void> {
  (await until(() => $<HTMLButtonElement>('#pm-start-scenario:not([disabled])'), 'scenario loaded')).click();
}

export const rowOf = (id: string) => $(`#pm-participants-list [data-participant-id="${id}"]`);

/** Opens a row's More menu and waits for its items. */
export async function openRowMenu(id: string): Promise<HTMLElement[]> {
  $('button[aria-label="More options"]', rowOf(id)!)!.click();
  return until(() => {
    const items = $$('#pm-row-menu [role="menuitem"]');
    return items.length > 0 ? items : null;
  }, 'row menu items');
}
