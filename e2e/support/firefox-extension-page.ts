import type { Page } from 'puppeteer-core';

/**
 * Helpers for a Firefox extension page (opened with `gotoExtensionPage`) that reach the
 * sidebar and command APIs. Each callback runs in the page, so it names `browser` itself.
 */
interface SidebarGlobals {
  browser: {
    runtime: { getManifest(): { sidebar_action?: { default_panel?: string } } };
    sidebarAction: { open(): Promise<void>; isOpen(details: object): Promise<boolean> };
    extension: { getViews(filter: { type: 'sidebar' | 'tab' | 'popup' }): Window[] };
    commands: { onCommand: { addListener(listener: (name: string) => void): void } };
  };
}
type CommandLog = { __e2eCommands?: string[] };

const OPENER_ID = 'e2e-open-sidebar';

/** `sidebar_action.default_panel` as the running extension declares it. */
export function declaredSidebarPanel(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () => (globalThis as unknown as SidebarGlobals).browser.runtime.getManifest().sidebar_action?.default_panel,
  );
}

/**
 * Opens the sidebar the way a host's click does. `sidebarAction.open()` from `page.evaluate` is
 * refused ("may only be called from a user input handler"); from the click handler of a button
 * that puppeteer clicks, Firefox counts it as user input (toolchain.md §4). A refusal is kept on
 * the button so a failing test can say why.
 */
export async function openSidebarByClick(page: Page): Promise<void> {
  await page.evaluate((id: string) => {
    document.getElementById(id)?.remove();
    const button = document.createElement('button');
    button.id = id;
    button.textContent = 'Open the sidebar (e2e)';
    button.addEventListener('click', () => {
      (globalThis as unknown as SidebarGlobals).browser.sidebarAction
        .open()
        .catch((error: unknown) => (button.dataset.error = String(error)));
    });
    document.body.prepend(button);
  }, OPENER_ID);
  await page.click(`#${OPENER_ID}`);
}

/** Why the last `openSidebarByClick` was refused, or null. */
export function sidebarOpenError(page: Page): Promise<string | null> {
  return page.evaluate((id: string) => document.getElementById(id)?.dataset.error ?? null, OPENER_ID);
}

export function sidebarIsOpen(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as SidebarGlobals).browser.sidebarAction.isOpen({}));
}

export interface SidebarView {
  /** Path of the page the sidebar shows, e.g. `/src/panel/index.html`. */
  path: string;
  rosterRows: number;
  width: number;
}

/**
 * The extension's page inside the real sidebar, read through `extension.getViews` (BiDi does
 * not expose the sidebar's browsing context). Null while no sidebar view exists.
 */
export function sidebarView(page: Page): Promise<SidebarView | null> {
  return page.evaluate(() => {
    const [view] = (globalThis as unknown as SidebarGlobals).browser.extension.getViews({ type: 'sidebar' });
    if (!view) return null;
    return {
      path: view.location.pathname,
      rosterRows: view.document.querySelectorAll('[data-testid="participant-row"]').length,
      width: view.innerWidth,
    };
  });
}

/** Starts recording every `commands.onCommand` the extension receives, for `firedCommands`. */
export async function recordCommands(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log = globalThis as unknown as CommandLog;
    if (log.__e2eCommands) return;
    log.__e2eCommands = [];
    (globalThis as unknown as SidebarGlobals).browser.commands.onCommand.addListener((name) =>
      log.__e2eCommands!.push(name),
    );
  });
}

export function firedCommands(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((globalThis as unknown as CommandLog).__e2eCommands ?? [])]);
}
