import { BASE_ROSTER } from '../../src/practice/names';
import { readPracticeStage } from '../support/practice-dom';
import { expect, test } from '../support/firefox-fixtures';

test('Firefox: the background opens a session with the whole roster, and panic locks the meeting page', async ({
  firefox,
}) => {
  const meeting = await firefox.openPractice({ scenario: 'calm' });
  const names = async () => Object.values((await meeting.session())?.participants ?? {}).map((p) => p.name);
  await expect.poll(names).toEqual(expect.arrayContaining(BASE_ROSTER.map((p) => p.name)));

  await firefox.runCommand('panic');
  // Read back from the meeting page itself, not from what Hostguard recorded.
  await expect
    .poll(() => meeting.page.evaluate(readPracticeStage), { message: 'meeting stage after panic' })
    .toEqual({ sharerId: null, locked: true, suspended: true });
  await expect.poll(async () => (await meeting.session())?.panic?.ok).toBe(true);
});
