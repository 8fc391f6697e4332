import { BASE_ROSTER } from '../../src/practice/names';
import { expect, test } from '../support/firefox-fixtures';

test('Firefox: the background opens a session with the whole roster, and panic runs', async ({ firefox }) => {
  const meeting = await firefox.openPractice({ scenario: 'calm' });
  const names = async () => Object.values((await meeting.session())?.participants ?? {}).map((p) => p.name);
  await expect.poll(names).toEqual(expect.arrayContaining(BASE_ROSTER.map((p) => p.name)));

  await firefox.runCommand('panic');
  await expect.poll(async () => (await meeting.session())?.panic?.startedAt).toBeDefined();
});
