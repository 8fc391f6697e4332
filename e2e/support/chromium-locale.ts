import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumArgs, chromiumMissingMessage, findChromium } from './chromium';
import { BUILD_DIRS } from './paths';

export interface LocalizedChromium {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * The Chrome test build in a Chromium whose UI speaks `language` (e.g. `fr`). Measured with
 * Chromium 156 headless on Linux: `--lang` picks the extension's `_locales` (getMessage), but
 * pages still report en-US (`i18n.getUILanguage`, `navigator.language`) until Playwright's
 * `locale` is set as well; `LANGUAGE`/`LANG` in the environment change neither.
 */
export async function launchLocalizedChromium(language: string): Promise<LocalizedChromium> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumMissingMessage());
  const profile = await mkdtemp(path.join(os.tmpdir(), 'hostguard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale: language,
    args: [...chromiumArgs(BUILD_DIRS.chromeTest), `--lang=${language}`],
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    return { context, extensionId: new URL(worker.url()).host, close };
  } catch (error) {
    await close();
    throw error;
  }
}
