import { shortcutOf } from '../support/shortcut';
import { expect, pressShortcut, test } from '../support/fixtures';

// MV3 stops an idle worker at any time; the session lives in storage.session and the shortcut
// listener is registered at top level, so the first key press after a stop must still act.
test('panic by shortcut still runs after the service worker was stopped', async ({ extension, openPractice }) => {
  const meeting = await openPractice({ scenario: 'calm' });
  await extension.stop();

  await pressShortcut(meeting.page, shortcutOf('panic'));
  await expect.poll(async () => (await meeting.session())?.panic?.startedAt).toBeDefined();
  const steps = (await meeting.session())?.actions ?? [];
  expect(steps.some((step) => step.hostAction === 'panic' && step.origin === 'shortcut')).toBe(true);
});
