import { PROTOCOL_VERSION } from '../../src/shared/protocol/messages';
import { firstFrames, watchFirstFrames } from '../support/first-frame';
import { readPracticeStage } from '../support/practice-dom';
import { INTRUDER, shareBomb } from '../support/staged-attacks';
import { serveTimeline } from '../support/timeline';
import { expect, test } from '../support/firefox-fixtures';

test('Firefox, Shield on: the fresh joiner’s share is blurred from its first frame and stopped with no human input', async ({
  firefox,
  server,
}) => {
  const meeting = await firefox.openPractice({ script: serveTimeline(server, shareBomb()) });
  const panel = await firefox.panel();
  const switched = await panel.evaluate(
    (tabId, v) =>
      browser.runtime.sendMessage({ type: 'panel-bg/command', v, tabId, command: { kind: 'shield', on: true } }),
    meeting.tabId,
    PROTOCOL_VERSION,
  );
  expect(switched).toMatchObject({ ok: true });
  // A background tab's timers are throttled: the host is looking at the meeting.
  await meeting.page.bringToFront();
  await meeting.page.evaluate(watchFirstFrames, '#pm-share-view');

  await meeting.page.click('#pm-start-scenario');

  await expect
    .poll(() => meeting.page.evaluate(readPracticeStage), { message: 'stage after Shield' })
    .toMatchObject({ sharerId: null });
  const frames = await meeting.page.evaluate(firstFrames);
  expect(frames.length, 'the share view appeared').toBeGreaterThan(0);
  expect(frames[0]!.filter).toContain('blur');
  await expect
    .poll(async () =>
      (await meeting.session())?.actions
        .filter((a) => a.origin === 'rule')
        .map((a) => [a.step, a.participantId ?? null, a.result.ok, a.trigger?.alertKind]),
    )
    .toEqual(
      expect.arrayContaining([
        ['stop-share', INTRUDER.id, true, 'fresh-joiner-sharing'],
        ['setting:shareAllowed', null, true, 'fresh-joiner-sharing'],
      ]),
    );
});
