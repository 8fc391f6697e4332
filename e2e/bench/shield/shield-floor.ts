import { INTRUDER } from '../../support/staged-attacks';
import type { BenchBrowser } from '../bench-browser';
import { dateNowOffset } from '../page-clock';
import { pollUntil } from '../poll';
import { tripwireCommittedAt } from './alert-commits';
import { readShareLog } from './share-watch';

/** One floor run, on the page clock. */
export interface ShieldFloorRun {
  /** `share-started` in the page log. */
  shareStarted: number;
  /** The background committed the tripwire alert for that share (Shield off: detection only). */
  alertCommitted: number;
  /** The script's first click (row "More options"), as soon as the share view appeared. */
  firstClick: number;
  /** `share-stopped` (by-host) in the page log. */
  shareStopped: number;
}

type FloorWindow = typeof globalThis & { __benchStopByHand?: Promise<{ firstClick: number; shareStopped: number }> };

/**
 * Runs in the practice page before the share starts: as soon as the share view appears, the
 * page's own path, row "More options" → "Stop share", waiting only on the page's menu delay with
 * MutationObservers (no sleeps), like floor.ts; ends at the page log's `share-stopped`.
 */
export function armStopByHand(intruderId: string): void {
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
  const stopItem = () =>
    [...document.querySelectorAll<HTMLElement>('#pm-row-menu button')].find((b) => b.textContent?.trim() === 'Stop share');
  const more = () =>
    document.querySelector<HTMLElement>(
      `#pm-participants-list [data-participant-id="${intruderId}"] button[aria-label="More options"]`,
    );
  type Entry = { t: number; type: string; participantId?: string };
  const stoppedAt = () =>
    (window as { __practiceLog?: Entry[] }).__practiceLog?.find(
      (e) => e.type === 'share-stopped' && e.participantId === intruderId,
    )?.t;

  (window as FloorWindow).__benchStopByHand = (async () => {
    await until(() => document.querySelector('#pm-share-view'));
    const button = await until(more);
    const firstClick = now();
    button.click();
    (await until(stopItem)).click();
    await until(() => document.querySelector('#pm-share-view') === null);
    return { firstClick, shareStopped: stoppedAt() ?? NaN };
  })();
}

/**
 * The floor under Shield: detection plus the page's own stop-share path, measured in one fresh
 * practice tab with Shield off (so only the script acts). Detection is this run's `share-started`
 * → the background's commit of the tripwire alert; the path is the script's first click → the
 * page's `share-stopped`. The floor is their sum: what stopping the share costs at the least once
 * the background knows, with no dispatch, messaging or verification around it.
 */
export async function runShieldFloorOnce(bench: BenchBrowser, script: string): Promise<ShieldFloorRun> {
  const meeting = await bench.openMeeting({ script });
  try {
    await meeting.page.bringToFront();
    await meeting.page.evaluate(armStopByHand, INTRUDER.id);
    await meeting.page.click('#pm-start-scenario');
    const byHand = await meeting.page.evaluate(() => (window as FloorWindow).__benchStopByHand!);
    const { started: shareStarted } = await readShareLog(meeting.page, INTRUDER.id);
    await pollUntil(
      async () => (await tripwireCommittedAt(bench.panel, meeting.tabId)) !== undefined,
      'the tripwire alert in storage',
    );
    const committed = (await tripwireCommittedAt(bench.panel, meeting.tabId))!;
    if (shareStarted === undefined || !Number.isFinite(byHand.shareStopped))
      throw new Error('floor: the share was not started and stopped');
    const offset = await dateNowOffset(meeting.page);
    return { shareStarted, alertCommitted: committed - offset, ...byHand };
  } finally {
    await meeting.close();
  }
}
