import { BASE_ROSTER } from '../../src/practice/names';
import { expect, test } from '../support/fixtures';

test('the background opens a session for the practice meeting with its whole roster', async ({ openPractice }) => {
  const meeting = await openPractice({ scenario: 'calm' });
  const names = async () => Object.values((await meeting.session())?.participants ?? {}).map((p) => p.name);
  await expect.poll(names).toEqual(expect.arrayContaining(BASE_ROSTER.map((p) => p.name)));
});
