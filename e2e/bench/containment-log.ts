import type { Page } from '@playwright/test';

/** Page-clock times of the containment effects in `__practiceLog` (undefined if not seen). */
export interface ContainmentEffects {
  /** The intruder's share left the stage through the row menu ("by-host"). */
  shareStopped?: number;
  suspended?: number;
  locked?: number;
}

type LogEntry = { t: number; type: string; detail?: string };

export function readContainmentEffects(page: Page): Promise<ContainmentEffects> {
  return page.evaluate(() => {
    const log = (window as { __practiceLog?: LogEntry[] }).__practiceLog ?? [];
    const first = (type: string, detail?: string) =>
      log.find((e) => e.type === type && (detail === undefined || e.detail === detail))?.t;
    return { shareStopped: first('share-stopped', 'by-host'), suspended: first('suspended'), locked: first('locked') };
  });
}

/** The latest of the three effects, or undefined if any is missing. */
export function containedAt(effects: ContainmentEffects): number | undefined {
  const { shareStopped, suspended, locked } = effects;
  if (shareStopped === undefined || suspended === undefined || locked === undefined) return undefined;
  return Math.max(shareStopped, suspended, locked);
}

/**
 * Resolves (in the page) once the meeting shows containment: suspended banner, lock indicator,
 * empty stage. A MutationObserver, not polling, so waiting costs the measured page nothing.
 */
export function waitForContainment(page: Page, timeoutMs = 10_000): Promise<void> {
  return page.evaluate((timeout) => {
    const contained = () =>
      document.querySelector('#pm-suspended-banner') !== null &&
      document.querySelector('#pm-lock-indicator') !== null &&
      document.querySelector('#pm-share-view') === null;
    return new Promise<void>((resolve, reject) => {
      if (contained()) return resolve();
      const timer = setTimeout(() => (observer.disconnect(), reject(new Error('meeting not contained'))), timeout);
      const observer = new MutationObserver(() => {
        if (!contained()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
    });
  }, timeoutMs);
}
