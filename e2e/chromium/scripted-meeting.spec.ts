import { expect, test } from '../support/fixtures';

// The route tests use for generated timelines (e.g. hundreds of hostile names): served JSON,
// played by the practice meeting, seen by the background through the content script.
test('a served JSON timeline plays in the practice meeting and reaches the session', async ({
  server,
  openPractice,
}) => {
  const joiners = ['Zed Alpha', 'Zed Bravo', 'Zed Charlie'];
  const script = server.route(
    '/e2e/joins.json',
    joiners.map((name, i) => ({ at: i * 10, type: 'join', id: `z${i}`, name })),
  );
  const meeting = await openPractice({ script: new URL(script).pathname, autostart: true, delay: 0 });
  const names = async () => Object.values((await meeting.session())?.participants ?? {}).map((p) => p.name);
  await expect.poll(names).toEqual(expect.arrayContaining(joiners));
});
