import { expect } from '@playwright/test';
import { findChromium, isBrandedChrome } from '../support/chromium';
import { launchExtension } from '../support/extension';
import { BUILD_DIRS } from '../support/paths';
import { practiceUrl } from '../support/practice-url';
import { startStaticServer } from '../support/server';
import { hasDisplay, instructions, noBrowserMessage, noDisplayMessage } from './guidance';

/** The meeting the host practises on: a raid, not autostarted, so the host clicks Start. */
export const START_SCENARIO = { scenario: 'raid' } as const;

export async function startChromium(): Promise<number> {
  const executable = findChromium();
  if (!executable) return fail(noBrowserMessage('chromium'));
  if (!hasDisplay()) return fail(noDisplayMessage('chromium'));
  if (isBrandedChrome(executable))
    console.warn(`Warning: ${executable} looks like branded Chrome (137+ ignores --load-extension).`);

  const server = await startStaticServer(BUILD_DIRS.chromeTest);
  const extension = await launchExtension({ headless: false, viewport: null, handleSignals: false });
  const { context } = extension;
  const url = practiceUrl(server.origin, START_SCENARIO);
  const shutdown = onceOnly(async () => {
    await extension.close();
    await server.close();
  });
  process.once('SIGINT', () => void shutdown().then(() => process.exit(0)));
  process.once('SIGTERM', () => void shutdown().then(() => process.exit(0)));

  // The meeting first (wait until Hostguard is ready on it), then the panel beside it.
  const { page: meeting, tabId } = await extension.newTab();
  await meeting.goto(url);
  await expect.poll(() => extension.meetingSession(tabId), { timeout: 15_000 }).toBeDefined();
  // Chromium opens with a blank tab; drop it.
  for (const page of context.pages()) if (page !== meeting && page.url() === 'about:blank') await page.close();
  await extension.openPanel();
  await meeting.bringToFront();
  console.log(instructions('chromium', url));

  await new Promise<void>((resolve) => context.once('close', () => resolve()));
  await shutdown();
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

function onceOnly(run: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= run());
}
