import { test as base, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import type { MeetingSession } from '../../src/shared/model/session';
import { sessionsFromItems } from '../../src/shared/session-storage';
import {
  commandsOf,
  gotoExtensionPage,
  launchFirefoxWithExtension,
  runCommand,
  sessionStorageOf,
  tabIdsFor,
  type LaunchedFirefox,
} from './firefox';
import { BUILD_DIRS, PANEL_PATH } from './paths';
import { practiceUrl, type PracticeParams } from './practice-url';
import { startStaticServer, type StaticServer } from './server';

export interface FirefoxPracticeMeeting {
  page: Page;
  tabId: number;
  session(): Promise<MeetingSession | undefined>;
}

export interface FirefoxExtension extends LaunchedFirefox {
  /** A new tab showing an extension page, e.g. `src/panel/index.html`. */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs a keyboard command's handler through the background test hook (BiDi keys never fire commands). */
  runCommand(name: string): Promise<unknown>;
  commands(): Promise<Awaited<ReturnType<typeof commandsOf>>>;
  sessionStorage(): Promise<Record<string, unknown>>;
  /** Opens the practice meeting and waits until the background holds `session:<tabId>`. */
  openPractice(params?: PracticeParams): Promise<FirefoxPracticeMeeting>;
  /** Opens any meeting URL (`prepare` runs on the new page first, e.g. request routing) and waits for its session. */
  openMeeting(url: string, prepare?: (page: Page) => Promise<void>): Promise<FirefoxPracticeMeeting>;
  /** The panel, open in its own tab (the same tab that reads storage). */
  panel(): Promise<Page>;
}

export interface FirefoxFixtures {
  /** Serves dist/firefox-test (same practice meeting) on http://127.0.0.1:<random port>. */
  server: StaticServer;
  /** Headless Firefox ESR (puppeteer-core over BiDi) with the Firefox test build installed. */
  firefox: FirefoxExtension;
}

export const test = base.extend<FirefoxFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern.
  server: async ({}, use) => {
    const server = await startStaticServer(BUILD_DIRS.firefoxTest);
    await use(server);
    await server.close();
  },
  firefox: async ({ server }, use) => {
    const launched = await launchFirefoxWithExtension();
    const openExtensionPage = async (path: string) => {
      const page = await launched.browser.newPage();
      await gotoExtensionPage(page, path);
      return page;
    };
    // One extension tab, opened on first use, reads storage and calls the background hook.
    let helperPage: Page | undefined;
    const helper = async () => {
      if (!helperPage || helperPage.isClosed()) helperPage = await openExtensionPage(PANEL_PATH);
      return helperPage;
    };
    const sessionOf = async (tabId: number): Promise<MeetingSession | undefined> =>
      sessionsFromItems(await sessionStorageOf(await helper()))[tabId];
    const openMeeting = async (url: string, prepare?: (page: Page) => Promise<void>) => {
      const page = await launched.browser.newPage();
      await prepare?.(page);
      await page.goto(url);
      const [tabId, ...others] = await tabIdsFor(await helper(), url);
      if (tabId === undefined || others.length) throw new Error(`Expected one tab at ${url}: open one at a time.`);
      const session = () => sessionOf(tabId);
      await expect.poll(session, { message: `background session:${tabId}`, timeout: 10_000 }).toBeDefined();
      return { page, tabId, session };
    };
    await use({
      ...launched,
      openExtensionPage,
      runCommand: async (name) => runCommand(await helper(), name),
      commands: async () => commandsOf(await helper()),
      sessionStorage: async () => sessionStorageOf(await helper()),
      openPractice: (params = {}) => openMeeting(practiceUrl(server.origin, params)),
      openMeeting,
      panel: helper,
    });
    await launched.close();
  },
});

export { expect };
