import type { Page } from '@playwright/test';
import type { MeetingSession } from '../../src/shared/model/session';
import { launchExtension, type ChromiumExtension } from '../support/extension';
import { practiceUrl, type PracticeParams } from '../support/practice-url';
import { BUILD_DIRS } from '../support/paths';
import { startStaticServer, type StaticServer } from '../support/server';
import { INTRUDER, shareBomb } from '../support/staged-attacks';
import { serveTimeline } from '../support/timeline';
import { BASE_ROSTER } from '../../src/practice/names';
import { pollUntil } from './poll';

/** The Chrome test build in headless Chromium, the practice meeting's server, and the panel tab. */
export interface BenchBrowser {
  extension: ChromiumExtension;
  server: StaticServer;
  /** The panel page as a tab beside the meetings (headless Chromium keeps every tab visible). */
  panel: Page;
  /** A fresh practice tab, returned once the background holds its whole roster. */
  openMeeting(params: PracticeParams): Promise<BenchMeeting>;
  /** A fresh practice tab with the intruder's share on the stage and known to the background. */
  openSharingMeeting(): Promise<BenchMeeting>;
  close(): Promise<void>;
}

export interface BenchMeeting {
  page: Page;
  tabId: number;
  session(): Promise<MeetingSession | undefined>;
  close(): Promise<void>;
}

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(fn, "name")`.
 * Functions handed to `page.evaluate` are sent as source, so the pages need a no-op `__name`.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

export async function launchBenchBrowser(): Promise<BenchBrowser> {
  const server = await startStaticServer(BUILD_DIRS.chromeTest);
  const extension = await launchExtension().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  await extension.context.addInitScript({ content: KEEP_NAMES_SHIM });
  const panel = await extension.openPanel();
  const shareBombScript = serveTimeline(server, shareBomb());

  const openMeeting = async (params: PracticeParams): Promise<BenchMeeting> => {
    const { page, tabId } = await extension.newTab();
    await page.goto(practiceUrl(server.origin, params));
    const session = () => extension.meetingSession(tabId);
    await pollUntil(
      async () => Object.keys((await session())?.participants ?? {}).length >= BASE_ROSTER.length,
      `the background's roster for tab ${tabId}`,
    );
    return { page, tabId, session, close: () => page.close() };
  };

  return {
    extension,
    server,
    panel,
    openMeeting,
    async openSharingMeeting() {
      const meeting = await openMeeting({ script: shareBombScript });
      // The host starts the drill, so the share is a change the adapter sees, not part of its first read.
      await meeting.page.click('#pm-start-scenario');
      await pollUntil(
        async () => (await meeting.session())?.participants[INTRUDER.id]?.sharing === true,
        "the intruder's share in the background session",
      );
      return meeting;
    },
    async close() {
      await extension.close();
      await server.close();
    },
  };
}
