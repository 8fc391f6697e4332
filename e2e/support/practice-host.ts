import { expect, type Locator, type Page } from '@playwright/test';
import type { PracticeLogEntry } from '../../src/practice/log';

/**
 * What the host does and sees in the practice meeting, through its own UI only (the page has no
 * API that changes the meeting). Selectors are the practice meeting's DOM contract (NOTES.md).
 */
export const SECURITY_SETTINGS = ['Lock meeting', 'Share screen', 'Chat', 'Rename themselves', 'Unmute themselves'];

export type SecurityMenuState = Record<string, boolean>;

export const shareView = (page: Page): Locator => page.locator('#pm-share-view');
export const lockIndicator = (page: Page): Locator => page.locator('#pm-lock-indicator');
export const suspendedBanner = (page: Page): Locator => page.locator('#pm-suspended-banner');
export const pageRow = (page: Page, participantId: string): Locator =>
  page.locator(`#pm-participants-list [data-participant-id="${participantId}"]`);

/** Opens Security like the host and waits for its items (they arrive `delay` ms late). */
async function openSecurityMenu(page: Page): Promise<Locator> {
  await page.locator('#pm-security-button').click();
  const menu = page.locator('#pm-security-menu');
  await expect(menu).toHaveAttribute('aria-busy', 'false');
  return menu;
}

async function closeSecurityMenu(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.locator('#pm-security-menu')).toHaveCount(0);
}

// By text, not accessible name: the practice menu draws its check mark with CSS `content`,
// which Chromium puts in the name ("✓ Chat").
const checkItem = (menu: Locator, label: string) =>
  menu.locator('[role="menuitemcheckbox"]').filter({ hasText: new RegExp(`^${label}$`) });

/** Every Security setting as the menu shows it (`aria-checked`), read the way the host would. */
export async function readSecurityMenu(page: Page): Promise<SecurityMenuState> {
  const menu = await openSecurityMenu(page);
  const state: SecurityMenuState = {};
  for (const label of SECURITY_SETTINGS)
    state[label] = (await checkItem(menu, label).getAttribute('aria-checked')) === 'true';
  await closeSecurityMenu(page);
  return state;
}

/** Flips one Security setting by clicking it, and waits until the menu shows the change. */
export async function toggleSecuritySetting(page: Page, label: string): Promise<void> {
  const menu = await openSecurityMenu(page);
  const item = checkItem(menu, label);
  const was = await item.getAttribute('aria-checked');
  await item.click();
  await expect(item).toHaveAttribute('aria-checked', was === 'true' ? 'false' : 'true');
  await closeSecurityMenu(page);
}

/** The practice meeting's read-only event log (`window.__practiceLog`). */
export const practiceLog = (page: Page): Promise<PracticeLogEntry[]> =>
  page.evaluate(() => [...(window.__practiceLog ?? [])]);

/** Log entries of one type, for `expect.poll`. */
export async function logOf(page: Page, type: string): Promise<PracticeLogEntry[]> {
  return (await practiceLog(page)).filter((entry) => entry.type === type);
}

/**
 * Clicks "Start scenario" like the host (enabled once the timeline has loaded). Tests that need
 * joins to arrive as live `joined` events start here, after the adapter is up: with `autostart`,
 * early joins can land before the content script and come in as the initial roster instead.
 */
export async function startScenario(page: Page): Promise<void> {
  await page.locator('#pm-start-scenario').click();
}
