import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../src/build/manifest-for-target';
import { BUILD_DIRS } from './paths';

/**
 * Fixed moz-extension UUID for the test profile (pref `extensions.webextensions.uuids`), so
 * tests know the extension's origin before installing it.
 */
export const FIREFOX_TEST_UUID = '6b1c3f0e-8d2a-4e57-9a41-0f3c5d7e9b21';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_TEST_UUID}/`;

/** `FIREFOX_PATH`, then Debian's Firefox ESR, then a plain Firefox; undefined if none. */
export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'].find((f) => existsSync(f));
}

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on id returned by the install (GECKO_ID for the test build). */
  addonId: string;
  origin: string;
  close(): Promise<void>;
}

/** Headless Firefox over WebDriver BiDi with the extension installed as a temporary add-on. */
export async function launchFirefoxWithExtension(
  extensionDir: string = BUILD_DIRS.firefoxTest,
  options: { headless?: boolean } = {},
): Promise<LaunchedFirefox> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: `sudo apt-get install firefox-esr` or set FIREFOX_PATH.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    // Without it, BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_TEST_UUID }) },
  });
  try {
    const addonId = await browser.installExtension(extensionDir);
    return { browser, addonId, origin: FIREFOX_EXTENSION_ORIGIN, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Opens an extension page. COMPAT(firefox): `page.goto('moz-extension://…')` loads the page but
 * never resolves (Firefox ESR 153 + puppeteer 24 over BiDi), so wait for the document instead.
 */
export async function gotoExtensionPage(page: Page, path: string, timeoutMs = 10_000): Promise<void> {
  void page.goto(FIREFOX_EXTENSION_ORIGIN + path.replace(/^\//, ''), { timeout: 0 }).catch(() => undefined);
  const arrived = () =>
    page.evaluate(
      (expected: string) => location.href.startsWith(expected) && document.readyState === 'complete',
      FIREFOX_EXTENSION_ORIGIN,
    );
  // Not waitForFunction: while the blank tab is being replaced, BiDi's script.evaluate can throw
  // ("right-hand side of 'in' should be an object, got null") and puppeteer does not retry that.
  const deadline = Date.now() + timeoutMs;
  while (!(await arrived().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${path} did not load in Firefox within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Just enough of the WebExtension API for evaluate() callbacks in extension pages. */
interface ExtensionPageGlobals {
  browser: {
    runtime: { getBackgroundPage(): Promise<{ __hostguardTest?: { command(name: string): Promise<unknown> } }> };
    commands: { getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]> };
    storage: { session: { get(keys: null | string): Promise<Record<string, unknown>> } };
    tabs: { query(filter: { url?: string }): Promise<{ id?: number; url?: string }[]> };
  };
}

/**
 * Runs a keyboard command's handler as if pressed, through the test build's background hook.
 * BiDi key input never reaches Firefox's shortcut handler (toolchain.md §4). `page` must be an
 * extension page (gotoExtensionPage).
 */
export async function runCommand(page: Page, name: string): Promise<unknown> {
  return page.evaluate(async (command: string) => {
    const background = await (globalThis as unknown as ExtensionPageGlobals).browser.runtime.getBackgroundPage();
    const hook = background.__hostguardTest;
    if (!hook) throw new Error('No __hostguardTest in the background: is this a test build?');
    return hook.command(command);
  }, name);
}

/** `browser.commands.getAll()` from an extension page. */
export async function commandsOf(page: Page) {
  return page.evaluate(() => (globalThis as unknown as ExtensionPageGlobals).browser.commands.getAll());
}

/** storage.session from an extension page (the background writes `session:<tabId>` there). */
export async function sessionStorageOf(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (globalThis as unknown as ExtensionPageGlobals).browser.storage.session.get(null));
}

/** Ids of the tabs showing exactly `url`; Firefox counts the test build's content-script matches as host permissions. */
export async function tabIdsFor(page: Page, url: string): Promise<number[]> {
  return page.evaluate(async (wanted: string) => {
    // The `url` filter is a match pattern (no query strings), so filter the exact URL here.
    const tabs = await (globalThis as unknown as ExtensionPageGlobals).browser.tabs.query({});
    return tabs.filter((tab) => tab.url === wanted).map((tab) => tab.id!);
  }, url);
}
