import { defineConfig } from '@playwright/test';

const CI = Boolean(process.env.CI);

/**
 * Two projects over the built extension (`npm run build && npm run build:test` first).
 * - chromium: Playwright drives Debian Chromium with the Chrome test build (fixtures.ts).
 * - firefox: the same runner, but tests drive Firefox ESR through puppeteer-core over BiDi
 *   (Playwright cannot drive stock Firefox), see firefox-fixtures.ts.
 * Each test launches its own browser, so tests never share extension state.
 */
export default defineConfig({
  testDir: '.',
  // Artifacts of failed tests; a subfolder, because Playwright empties it and unit.json sits beside it.
  outputDir: '../test-results/e2e',
  // Measured on 2 cores: 2 workers beat 1 (see the e2e report); more only adds contention.
  workers: 2,
  fullyParallel: true,
  forbidOnly: CI,
  // A flaky extension test is a bug to fix, not to retry away.
  retries: 0,
  timeout: 30_000,
  // Generous for 2 loaded cores: a poll that passes returns at once anyway.
  expect: { timeout: 10_000 },
  // list for people, json for .ci/run's pass/fail summary.
  reporter: [['list'], ['json', { outputFile: '../test-results/e2e.json' }]],
  projects: [
    { name: 'chromium', testMatch: 'chromium/*.spec.ts' },
    { name: 'firefox', testMatch: 'firefox/*.spec.ts' },
  ],
});
