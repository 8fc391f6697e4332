import { startChromium } from './start-chromium';
import { startFirefox } from './start-firefox';
import type { BrowserName } from './guidance';

/**
 * `npm start` / `npm run start:firefox` (after `npm run build:test`): the practice meeting with a
 * raid ready to start and the test build loaded in a real, headed browser.
 */
const browser = (process.argv[2] ?? 'chromium') as BrowserName;
const starters: Record<BrowserName, () => Promise<number>> = { chromium: startChromium, firefox: startFirefox };
const start = starters[browser];
if (!start) {
  console.error(`Unknown browser "${browser}": use chromium or firefox.`);
  process.exit(2);
}
start().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
