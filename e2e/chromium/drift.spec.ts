import { expect, test, SESSION_READY_TIMEOUT_MS } from '../support/fixtures';
import { REPLICA_URLS } from '../support/replica-pages';
import { routeReplica } from '../support/replica-route-chromium';

/** Within this, the panel must say what a changed meeting page took away (issue: drift). */
const DRIFT_NOTICE_MS = 2_000;

// Google changes Meet's page and the Host controls button stops resolving: the host must learn
// within 2 s which capabilities are gone on which platform, and an action that can no longer
// run must say so at once, with Meet's own manual path.
test('a meeting page that lost its Host controls: the panel says so within 2 s, and Lock fails fast with the manual path', async ({
  extension,
  openPanel,
}) => {
  await routeReplica(extension.context, 'meet');
  const { page, tabId } = await extension.newTab();
  await page.goto(REPLICA_URLS.meet);
  await expect
    .poll(async () => (await extension.meetingSession(tabId))?.health.ok, { timeout: SESSION_READY_TIMEOUT_MS })
    .toBe(true);
  const panel = await openPanel();
  await expect(panel.getByTestId('health')).toHaveAttribute('data-ok', 'true');

  const removedAt = Date.now();
  // The client's new build renames the control: nothing Hostguard knows resolves any more.
  await page.evaluate(() => {
    for (const button of document.querySelectorAll('button[aria-label="Host controls"]')) {
      button.setAttribute('aria-label', 'Host tools (new)');
    }
  });
  const lost = panel.getByTestId('health-lost');
  await expect(lost).toBeVisible({ timeout: DRIFT_NOTICE_MS });
  const noticedMs = Date.now() - removedAt;
  expect(noticedMs, 'drift shown in the panel').toBeLessThan(DRIFT_NOTICE_MS);
  await expect(lost).toContainText('On Google Meet, Hostguard cannot run now:');
  await expect(lost).toContainText('Meeting settings');

  const clicked = Date.now();
  await panel.getByRole('button', { name: 'Lock meeting', exact: true }).click();
  const result = panel.getByTestId('action-result').first();
  await expect(result).toHaveAttribute('data-state', 'failed', { timeout: 5_000 });
  expect(Date.now() - clicked, 'a lost control fails at once, not after a timeout').toBeLessThan(2_500);
  await expect(result).toContainText('in Meet, open Host controls and set Meeting access to Restricted');
});
