import { shortcutOf } from '../support/shortcut';
import type { MeetingSession } from '../../src/shared/model/session';
import { expect, pressShortcut, test } from '../support/fixtures';
import { actionResults, panelRow } from '../support/panel-view';
import {
  lockIndicator,
  practiceLog,
  readSecurityMenu,
  shareView,
  startScenario,
  suspendedBanner,
  toggleSecuritySetting,
} from '../support/practice-host';
import { serveTimeline } from '../support/timeline';

/** Panic on the practice meeting: the intruder's share, then the native all-in-one suspend, each setting verified. */
const PANIC_STEPS = [
  'stop-share',
  'suspend',
  'setting:shareAllowed',
  'setting:locked',
  'setting:chatAllowed',
  'setting:renameAllowed',
  'setting:unmuteAllowed',
];

const panicSteps = (session: MeetingSession | undefined) =>
  (session?.actions ?? []).filter((record) => record.hostAction === 'panic');

// The page keeps its default menu delay here: the items arrive late, as in a real client.
test('the panic shortcut cuts the share, locks and suspends; Restore puts back exactly the settings before', async ({
  server,
  openPractice,
  openPanel,
}) => {
  const script = serveTimeline(server, [
    { at: 0, type: 'join', id: 'bomber', name: 'Camille Bomber' },
    { at: 50, type: 'share-start', id: 'bomber' },
  ]);
  const meeting = await openPractice({ script });
  const { page } = meeting;
  // The host had closed chat before the raid: Restore must leave it closed, not "reopen" it.
  await toggleSecuritySetting(page, 'Chat');
  const before = await readSecurityMenu(page);
  expect(before).toEqual({
    'Lock meeting': false,
    'Share screen': true,
    Chat: false,
    'Rename themselves': true,
    'Unmute themselves': true,
  });
  const panel = await openPanel();
  await page.bringToFront();
  await startScenario(page);
  await expect(shareView(page)).toHaveAttribute('data-participant-id', 'bomber');
  await expect(shareView(page)).toContainText('TEST: offensive content');
  // What the host sees before pressing the key: the panel knows whose share it is.
  await expect(panelRow(panel, 'bomber').getByText('Sharing', { exact: true })).toBeVisible();

  await pressShortcut(page, shortcutOf('panic'));

  await expect(shareView(page)).toHaveCount(0);
  await expect(lockIndicator(page)).toBeVisible();
  await expect(suspendedBanner(page)).toBeVisible();
  const log = await practiceLog(page);
  const stoppedAt = log.findIndex((e) => e.type === 'share-stopped' && e.participantId === 'bomber');
  expect(stoppedAt, 'the share is cut before the room is locked').toBeLessThan(
    log.findIndex((e) => e.type === 'locked'),
  );
  expect(log[stoppedAt]?.detail).toBe('by-host');

  await expect.poll(async () => (await meeting.session())?.panic?.finishedAt).toBeDefined();
  const steps = panicSteps(await meeting.session());
  expect(steps.map((s) => s.step)).toEqual(PANIC_STEPS);
  expect(steps.every((s) => s.origin === 'shortcut' && s.result.ok)).toBe(true);
  // The panel lists every step, newest first, each OK with its duration.
  const results = actionResults(panel);
  await expect(results).toHaveCount(PANIC_STEPS.length);
  const shown = await results.evaluateAll((items) =>
    items.map((item) => ({
      step: item.getAttribute('data-step'),
      state: item.getAttribute('data-state'),
      timing: item.querySelector('.result-meta')?.textContent ?? '',
    })),
  );
  expect(shown.map((result) => result.step)).toEqual([...PANIC_STEPS].reverse());
  for (const result of shown) {
    expect(result.state, result.step ?? '').toBe('ok');
    expect(result.timing, result.step ?? '').toMatch(/ · \d+ ms$/);
  }

  // Restore names what it will put back: chat is not among them.
  await expect(panel.getByTestId('restore-list').getByRole('listitem')).toHaveText([
    'Participants can share their screen',
    'Meeting open to new participants',
    'Participants can rename themselves',
    'Participants can unmute themselves',
  ]);
  await panel.getByTestId('restore-button').click();

  await expect(lockIndicator(page)).toHaveCount(0);
  await expect(suspendedBanner(page)).toHaveCount(0);
  await expect.poll(async () => (await meeting.session())?.panic?.restoredAt).toBeDefined();
  expect(await readSecurityMenu(page)).toEqual(before);
});
