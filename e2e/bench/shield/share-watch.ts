import type { Page } from '@playwright/test';

/** Page-clock times (`performance.timeOrigin + now()`) of one share on the practice stage. */
export interface ShareWatch {
  /** `#pm-share-view` entered the document (MutationObserver callback). */
  appearedAt: number;
  /** The share view first carried the inline blur: at its insertion, or its first style change. */
  blurredAt?: number;
  /** The safe-view cover (`hostguard-safe-view`) entered the document. */
  coveredAt?: number;
  /** The computed filter at the first animation frame after insertion, i.e. before its first paint. */
  firstFrameFilter?: string;
  /** The share view left the document. */
  goneAt: number;
}

type WatchWindow = typeof globalThis & { __benchShareWatch?: Promise<ShareWatch> };

/**
 * Runs in the meeting page (main world) before the share starts: one MutationObserver over
 * the document (children, plus `style` attributes for the blur) records when the share view
 * appears, is blurred and covered, and goes. Nothing polls; the promise is read back by
 * `shareWatched`. The content script's observer was created first, so its pass (which blurs the
 * view) runs before this callback's next delivery: `blurredAt` is the record of that change.
 */
export function watchShare(timeoutMs: number): void {
  const now = () => performance.timeOrigin + performance.now();
  const seen: Partial<ShareWatch> = {};
  (window as WatchWindow).__benchShareWatch = new Promise<ShareWatch>((resolve, reject) => {
    const blurred = (view: HTMLElement) => view.style.filter.includes('blur');
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the share did not come and go: ${JSON.stringify(seen)}`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      const at = now();
      const view = document.querySelector<HTMLElement>('#pm-share-view');
      if (view && seen.appearedAt === undefined) {
        seen.appearedAt = at;
        requestAnimationFrame(() => (seen.firstFrameFilter = getComputedStyle(view).filter));
      }
      if (view && seen.blurredAt === undefined && blurred(view)) seen.blurredAt = at;
      if (seen.coveredAt === undefined && document.querySelector('hostguard-safe-view')) seen.coveredAt = at;
      if (view || seen.appearedAt === undefined) return;
      seen.goneAt = at;
      observer.disconnect();
      clearTimeout(timer);
      resolve(seen as ShareWatch);
    });
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style'],
    });
  });
}

/** Waits in the page for the watched share to have come and gone. */
export function shareWatched(page: Page): Promise<ShareWatch> {
  return page.evaluate(() => (window as WatchWindow).__benchShareWatch!);
}

/**
 * The content script's observer pass (its `hostguard:observer-pass` measure, test builds) that
 * started in [from, to] on the page clock: for the share, the pass that blurred it.
 */
export function passBetween(page: Page, from: number, to: number, measure: string): Promise<number | undefined> {
  return page.evaluate(
    ({ from, to, measure }) =>
      performance
        .getEntriesByName(measure, 'measure')
        .find((e) => performance.timeOrigin + e.startTime >= from && performance.timeOrigin + e.startTime <= to)
        ?.duration,
    { from, to, measure },
  );
}

type LogEntry = { t: number; type: string; participantId?: string; detail?: string };

/** The page log's times of `participantId`'s share: started, and stopped (with how). */
export function readShareLog(
  page: Page,
  participantId: string,
): Promise<{ started?: number; stopped?: number; stoppedHow?: string }> {
  return page.evaluate((id) => {
    const log = (window as { __practiceLog?: LogEntry[] }).__practiceLog ?? [];
    const started = log.find((e) => e.type === 'share-started' && e.participantId === id);
    const stopped = log.find((e) => e.type === 'share-stopped' && e.participantId === id);
    return { started: started?.t, stopped: stopped?.t, stoppedHow: stopped?.detail };
  }, participantId);
}
