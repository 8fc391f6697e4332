import { shortcutOf } from '../support/shortcut';
import { expect, pressShortcut, test } from '../support/fixtures';
import { shareView } from '../support/practice-host';
import { serveTimeline } from '../support/timeline';

// MV3 stops an idle worker at any time; the session lives in storage.session and the shortcut
// listener is registered at top level, so the first key press after a stop must still act.
test('panic by shortcut still takes the share off the page after the service worker was stopped', async ({
  extension,
  server,
  openPractice,
}) => {
  const script = serveTimeline(server, [
    { at: 0, type: 'join', id: 'bomber', name: 'Camille Bomber' },
    { type: 'share-start', id: 'bomber' },
  ]);
  const meeting = await openPractice({ script, autostart: true, delay: 0 });
  await expect(shareView(meeting.page)).toHaveAttribute('data-participant-id', 'bomber');
  await expect.poll(async () => (await meeting.session())?.participants.bomber?.sharing).toBe(true);

  await extension.stop();
  // The raid is quiet now, so nothing wakes the worker: the key press is what must start it.
  expect(await extension.isRunning(), 'the worker is stopped when the host presses the key').toBe(false);

  await pressShortcut(meeting.page, shortcutOf('panic'));
  await expect(shareView(meeting.page)).toHaveCount(0);
  await expect.poll(async () => (await meeting.session())?.panic?.finishedAt).toBeDefined();
  const steps = ((await meeting.session())?.actions ?? []).filter((step) => step.hostAction === 'panic');
  expect(steps[0]).toMatchObject({
    step: 'stop-share',
    origin: 'shortcut',
    participantId: 'bomber',
    result: { ok: true },
  });
});
