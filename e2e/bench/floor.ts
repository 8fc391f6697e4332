import type { BenchBrowser } from './bench-browser';
import { INTRUDER } from '../support/staged-attacks';

/** Page-clock times of one floor run. */
export interface FloorRun {
  t0: number;
  shareStopped: number;
  contained: number;
}

/**
 * The floor: a plain script in the practice page that knows its DOM and takes the same path as
 * panic (row More → "Stop share"; Security → "Suspend participant activities" → "Suspend"),
 * waiting only for the page's own delays with MutationObservers, never sleeping. It ends on
 * the same checks the adapter verifies (share off the stage; banner, lock, empty stage; every
 * setting read back from the Security menu).
 */
export function containByHandScript(intruderId: string): Promise<FloorRun> {
  const now = () => performance.timeOrigin + performance.now();
  const until = <T>(check: () => T | null | undefined | false): Promise<T> =>
    new Promise((resolve) => {
      const first = check();
      if (first) return resolve(first);
      const observer = new MutationObserver(() => {
        const value = check();
        if (!value) return;
        observer.disconnect();
        resolve(value);
      });
      observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
    });
  const button = (scope: string, label: string) =>
    [...document.querySelectorAll<HTMLElement>(`${scope} button`)].find((b) => b.textContent?.trim() === label);
  const click = (element: HTMLElement | null | undefined) => {
    if (!element) throw new Error('floor: control not found');
    element.click();
  };

  return (async () => {
    const t0 = now();
    const row = document.querySelector(`#pm-participants-list [data-participant-id="${intruderId}"]`);
    click(row?.querySelector<HTMLElement>('button[aria-label="More options"]'));
    click(await until(() => button('#pm-row-menu', 'Stop share')));
    await until(() => document.querySelector('#pm-share-view') === null);
    const shareStopped = now();
    click(document.querySelector<HTMLElement>('#pm-security-button'));
    click(await until(() => button('#pm-security-menu', 'Suspend participant activities')));
    click(await until(() => button('#pm-suspend-dialog', 'Suspend')));
    await until(
      () =>
        document.querySelector('#pm-suspended-banner') !== null &&
        document.querySelector('#pm-lock-indicator') !== null &&
        document.querySelector('#pm-share-view') === null,
    );
    // Panic reads every setting back from the page after suspending; so does the floor.
    click(document.querySelector<HTMLElement>('#pm-security-button'));
    const items = await until(() => {
      const found = document.querySelectorAll('#pm-security-menu [role="menuitemcheckbox"]');
      return found.length > 0 ? [...found] : null;
    });
    if (!items.every((item) => item.hasAttribute('aria-checked'))) throw new Error('floor: settings unreadable');
    click(document.querySelector<HTMLElement>('#pm-security-button'));
    await until(() => document.querySelector('#pm-security-menu') === null);
    return { t0, shareStopped, contained: now() };
  })();
}

/** One floor run on a fresh practice tab with the intruder sharing. */
export async function runFloorOnce(bench: BenchBrowser): Promise<FloorRun> {
  const meeting = await bench.openSharingMeeting();
  try {
    await meeting.page.bringToFront();
    return await meeting.page.evaluate(containByHandScript, INTRUDER.id);
  } finally {
    await meeting.close();
  }
}
