import { test as base, expect, type Page } from '@playwright/test';
import type { MeetingSession } from '../../src/shared/model/session';
import { launchExtension, type ChromiumExtension } from './extension';
import { BUILD_DIRS } from './paths';
import { practiceUrl, type PracticeParams } from './practice-url';
import { startStaticServer, type StaticServer } from './server';

export interface PracticeMeeting {
  page: Page;
  tabId: number;
  /** The background's session for this tab, as stored now. */
  session(): Promise<MeetingSession | undefined>;
}

export interface HostguardFixtures {
  /** Serves dist/chrome-test (so the practice meeting) on http://127.0.0.1:<random port>. */
  server: StaticServer;
  /** A fresh Chromium with the Chrome test build loaded; closed after the test. */
  extension: ChromiumExtension;
  /** Opens the practice meeting in a new tab and waits until the background holds `session:<tabId>`. */
  openPractice(params?: PracticeParams): Promise<PracticeMeeting>;
  /** Opens the panel page as a tab (the real side panel needs a user gesture). */
  openPanel(query?: string): Promise<Page>;
}

/** How long the content script + background may take to produce a session (measured ~0.5 s). */
export const SESSION_READY_TIMEOUT_MS = 10_000;

export const test = base.extend<HostguardFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern.
  server: async ({}, use) => {
    const server = await startStaticServer(BUILD_DIRS.chromeTest);
    await use(server);
    await server.close();
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern.
  extension: async ({}, use) => {
    const extension = await launchExtension();
    await use(extension);
    await extension.close();
  },
  openPractice: async ({ server, extension }, use) => {
    await use(async (params = {}) => {
      const { page, tabId } = await extension.newTab();
      await page.goto(practiceUrl(server.origin, params));
      const session = () => extension.meetingSession(tabId);
      await expect
        .poll(session, {
          message: `background session:${tabId} for the practice meeting`,
          timeout: SESSION_READY_TIMEOUT_MS,
        })
        .toBeDefined();
      return { page, tabId, session };
    });
  },
  openPanel: async ({ extension }, use) => {
    await use((query) => extension.openPanel(query));
  },
});

export { expect };
export { pressShortcut } from './shortcut';
