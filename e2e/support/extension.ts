import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { MeetingSession } from '../../src/shared/model/session';
import { sessionsFromItems } from '../../src/shared/session-storage';
import { launchChromiumWithExtension } from './chromium';
import { BUILD_DIRS, PANEL_PATH } from './paths';
import { serviceWorkerControl, type ServiceWorkerControl } from './service-worker';

/** The Chrome test build loaded in a fresh Chromium: what specs reach through the `extension` fixture. */
export interface ChromiumExtension extends Omit<ServiceWorkerControl, 'worker'> {
  context: BrowserContext;
  extensionId: string;
  /** `chrome-extension://<id>/` + path. */
  url(path: string): string;
  /** The running service worker (started first if it was stopped). */
  serviceWorker(): Promise<Worker>;
  /** All of storage.session, read through the worker. */
  sessionStorage(): Promise<Record<string, unknown>>;
  /** The background's MeetingSession for a tab, or undefined before its adapter said hello. */
  meetingSession(tabId: number): Promise<MeetingSession | undefined>;
  /** Opens a blank tab and learns its tab id (tabs.query gives ids without the `tabs` permission). */
  newTab(): Promise<{ page: Page; tabId: number }>;
  /** The panel page opened as an ordinary tab. */
  openPanel(query?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(
  options: { dir?: string } & Parameters<typeof launchChromiumWithExtension>[1] = {},
): Promise<ChromiumExtension> {
  const { context, close } = await launchChromiumWithExtension(options.dir ?? BUILD_DIRS.chromeTest, options);
  const extensionId = await firstExtensionId(context).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  const control = serviceWorkerControl(context, extensionId);
  const tabIds = async () =>
    (await control.worker()).evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
  const ext: ChromiumExtension = {
    ...control,
    context,
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    serviceWorker: control.worker,
    sessionStorage: async () => (await control.worker()).evaluate(() => chrome.storage.session.get(null)),
    async meetingSession(tabId) {
      const items = await (await control.worker()).evaluate(() => chrome.storage.session.get(null));
      return sessionsFromItems(items)[tabId];
    },
    async newTab() {
      const before = new Set(await tabIds());
      const page = await context.newPage();
      const added = (await tabIds()).filter((id) => id !== undefined && !before.has(id));
      if (added.length !== 1) throw new Error(`Expected one new tab, found ${added.length}: open tabs one at a time.`);
      return { page, tabId: added[0]! };
    },
    async openPanel(query = '') {
      const page = await context.newPage();
      await page.goto(ext.url(PANEL_PATH + query));
      return page;
    },
    close,
  };
  return ext;
}

/** The id is read off the worker's URL, so any build folder loads; the test build's is TEST_EXTENSION_ID. */
async function firstExtensionId(context: BrowserContext): Promise<string> {
  const isExtension = (w: Worker) => w.url().startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find(isExtension) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 10_000 }).catch(() => {
      throw new Error('No extension service worker started: is the build folder complete?');
    }));
  return new URL(worker.url()).host;
}
