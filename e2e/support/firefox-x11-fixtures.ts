import { test as base, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import type { MeetingSession } from '../../src/shared/model/session';
import { sessionsFromItems } from '../../src/shared/session-storage';
import { gotoExtensionPage, launchFirefoxWithExtension, sessionStorageOf, tabIdsFor } from './firefox';
import { recordCommands } from './firefox-extension-page';
import { BUILD_DIRS, PANEL_PATH } from './paths';
import { practiceUrl, type PracticeParams } from './practice-url';
import { startStaticServer, type StaticServer } from './server';
import { retryUntil, startXDisplay, type XDisplay } from './x11';

/**
 * Headed Firefox on a private Xvfb display, for the one thing headless cannot do: real key
 * input reaching Firefox's shortcut handler (BiDi key input never does, toolchain.md §4).
 */
export interface RealKeysFirefox {
  /** The panel page as a tab; it records every `commands.onCommand` (firefox-extension-page.ts). */
  extensionPage: Page;
  openPractice(params?: PracticeParams): Promise<{ page: Page; session(): Promise<MeetingSession | undefined> }>;
  /** Brings `page`'s tab to the front, activates the window and types `chord` (e.g. `Alt+Shift+E`) as X key events. */
  pressChord(page: Page, chord: string): Promise<void>;
}

export interface RealKeysFixtures {
  server: StaticServer;
  x11: XDisplay;
  realKeysFirefox: RealKeysFirefox;
}

export const test = base.extend<RealKeysFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern.
  server: async ({}, use) => {
    const server = await startStaticServer(BUILD_DIRS.firefoxTest);
    await use(server);
    await server.close();
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern.
  x11: async ({}, use) => {
    const x11 = await startXDisplay();
    await use(x11);
    await x11.close();
  },
  realKeysFirefox: async ({ server, x11 }, use) => {
    const launched = await launchHeaded(x11.display);
    const extensionPage = await launched.browser.newPage();
    await gotoExtensionPage(extensionPage, PANEL_PATH);
    await recordCommands(extensionPage);
    await use({
      extensionPage,
      async openPractice(params = {}) {
        const url = practiceUrl(server.origin, params);
        const page = await launched.browser.newPage();
        await page.goto(url);
        const [tabId] = await tabIdsFor(extensionPage, url);
        if (tabId === undefined) throw new Error(`No tab at ${url}`);
        const session = async (): Promise<MeetingSession | undefined> =>
          sessionsFromItems(await sessionStorageOf(extensionPage))[tabId];
        await expect.poll(session, { message: `background session:${tabId}` }).toBeDefined();
        return { page, session };
      },
      async pressChord(page, chord) {
        await page.bringToFront();
        const [window] = (await x11.xdotool('search', '--sync', '--onlyvisible', '--class', 'firefox')).split('\n');
        await retryUntil(() => x11.xdotool('windowactivate', '--sync', window!), 5_000);
        await x11.xdotool('key', '--clearmodifiers', chord.toLowerCase());
      },
    });
    await launched.close();
  },
});

/** puppeteer passes its own environment to Firefox: point DISPLAY at Xvfb just for the launch. */
async function launchHeaded(display: string) {
  const previous = process.env.DISPLAY;
  process.env.DISPLAY = display;
  try {
    return await launchFirefoxWithExtension(BUILD_DIRS.firefoxTest, { headless: false });
  } finally {
    if (previous === undefined) delete process.env.DISPLAY;
    else process.env.DISPLAY = previous;
  }
}

export { expect };
