/**
 * What the practice meeting shows right now, read from its always-visible parts (no menu is
 * opened), as plain functions for `page.evaluate`: puppeteer (Firefox) and the bench cannot use
 * the Playwright locators of practice-host.ts. Self-contained: they run in the page.
 */
export interface PracticeStage {
  /** Row key of whoever is on the stage's share view, or null. */
  sharerId: string | null;
  /** `#pm-lock-indicator` is shown. */
  locked: boolean;
  /** `#pm-suspended-banner` is shown. */
  suspended: boolean;
}

export function readPracticeStage(): PracticeStage {
  return {
    sharerId: document.querySelector('#pm-share-view')?.getAttribute('data-participant-id') ?? null,
    locked: document.querySelector('#pm-lock-indicator') !== null,
    suspended: document.querySelector('#pm-suspended-banner') !== null,
  };
}

export interface PracticeLogLine {
  type: string;
  participantId?: string;
  detail?: string;
}

/** `window.__practiceLog` without its timestamps, for asserting what happened in which order. */
export function readPracticeLog(): PracticeLogLine[] {
  const log = (window as { __practiceLog?: readonly PracticeLogLine[] }).__practiceLog ?? [];
  return log.map(({ type, participantId, detail }) => ({ type, participantId, detail }));
}
