import { readPracticeLog, readPracticeStage } from '../support/practice-dom';
import { INTRUDER, shareBomb } from '../support/staged-attacks';
import { serveTimeline } from '../support/timeline';
import { expect, test } from '../support/firefox-fixtures';

// The panic shortcut's handler, run through the test build's background hook: BiDi key input
// never reaches Firefox's shortcut handler (real-shortcut.spec.ts presses the real keys).
test('Firefox: the panic command takes the share off the stage first, then locks and suspends the meeting', async ({
  firefox,
  server,
}) => {
  const meeting = await firefox.openPractice({ script: serveTimeline(server, shareBomb()) });
  await meeting.page.click('#pm-start-scenario');
  // Panic stops the shares the background knows about: wait until it has seen this one.
  await expect.poll(async () => (await meeting.session())?.participants[INTRUDER.id]?.sharing).toBe(true);

  await firefox.runCommand('panic');

  await expect
    .poll(() => meeting.page.evaluate(readPracticeStage), { message: 'meeting stage after panic' })
    .toEqual({ sharerId: null, locked: true, suspended: true });
  // The share was stopped through the row menu ("by-host"), before the suspension, not by it.
  const log = (await meeting.page.evaluate(readPracticeLog)).map((e) => `${e.type}${e.detail ? `:${e.detail}` : ''}`);
  expect(log.filter((line) => /^(share-stopped|suspended|locked)/.test(line))).toEqual([
    'share-stopped:by-host',
    'suspended',
    'locked',
  ]);
  const session = await meeting.session();
  expect(session?.panic).toMatchObject({ ok: true, finishedAt: expect.any(Number) });
  const steps = session?.actions.filter((a) => a.hostAction === 'panic') ?? [];
  expect(steps.map((a) => `${a.origin}:${a.step}:${a.result.ok}`)).toEqual(
    expect.arrayContaining(['shortcut:stop-share:true', 'shortcut:suspend:true', 'shortcut:setting:locked:true']),
  );
  expect(steps.every((a) => a.result.ok)).toBe(true);
});
