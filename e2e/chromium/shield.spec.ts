import type { MeetingSession } from '../../src/shared/model/session';
import { expect, test } from '../support/fixtures';
import { hostCommand } from '../support/host-command';
import { firstFrames, watchFirstFrames } from '../support/first-frame';
import { lockIndicator, readSecurityMenu, shareView, startScenario } from '../support/practice-host';
import { INTRUDER, shareBomb, spacedJoins } from '../support/staged-attacks';
import { serveTimeline } from '../support/timeline';

const ruleSteps = (session: MeetingSession | undefined) =>
  (session?.actions ?? []).filter((record) => record.origin === 'rule');

test('Shield on: a fresh joiner’s share is blurred from its first frame and stopped with no human input', async ({
  server,
  openPractice,
  openPanel,
}) => {
  const meeting = await openPractice({ script: serveTimeline(server, shareBomb()) });
  const panel = await openPanel();
  expect((await hostCommand(panel, meeting.tabId, { kind: 'shield', on: true })).ok).toBe(true);
  await meeting.page.bringToFront();
  await meeting.page.evaluate(watchFirstFrames, '#pm-share-view');

  await startScenario(meeting.page);

  // Nobody touches anything from here: the share must end stopped, and sharing closed.
  await expect(shareView(meeting.page)).toHaveCount(0);
  const frames = await meeting.page.evaluate(firstFrames);
  expect(frames.length, 'the share view appeared').toBeGreaterThan(0);
  expect(frames[0]!.filter).toContain('blur');
  await expect
    .poll(async () => ruleSteps(await meeting.session()).map((r) => [r.step, r.result.ok, r.trigger?.alertKind]))
    .toEqual([
      ['stop-share', true, 'fresh-joiner-sharing'],
      ['set-settings', true, 'fresh-joiner-sharing'],
      ['setting:shareAllowed', true, 'fresh-joiner-sharing'],
    ]);
  expect((await readSecurityMenu(meeting.page))['Share screen']).toBe(false);
  const stop = ruleSteps(await meeting.session()).find((r) => r.step === 'stop-share');
  expect(stop?.participantId).toBe(INTRUDER.id);
  // The practice meeting is a drill: the panel keeps its time, contained by Shield.
  await expect(panel.getByTestId('drill-history')).toContainText('by Shield, with no one pressing anything');
});

test('Shield off (the default): the share is blurred on the host’s screen but nothing is done', async ({
  server,
  openPractice,
}) => {
  const meeting = await openPractice({ script: serveTimeline(server, shareBomb()) });
  await meeting.page.evaluate(watchFirstFrames, '#pm-share-view');
  await startScenario(meeting.page);
  await expect(shareView(meeting.page)).toHaveAttribute('data-participant-id', INTRUDER.id);
  await expect.poll(async () => (await meeting.session())?.alerts.map((a) => a.kind)).toContain('fresh-joiner-sharing');
  expect((await meeting.page.evaluate(firstFrames))[0]?.filter).toContain('blur');
  // The cover stays while the tripwire share lasts; Reveal is the host's choice.
  await expect(meeting.page.locator('hostguard-safe-view')).toHaveCount(1);
  await meeting.page.getByRole('button', { name: 'Reveal' }).click();
  await expect(meeting.page.locator('hostguard-safe-view')).toHaveCount(0);
  await expect(shareView(meeting.page)).not.toHaveCSS('filter', /blur/);
  expect(ruleSteps(await meeting.session())).toEqual([]);
  await expect(shareView(meeting.page)).toHaveAttribute('data-participant-id', INTRUDER.id);
});

test('Shield on: a join burst ends locked, and one click on Undo opens it again', async ({
  server,
  openPractice,
  openPanel,
}) => {
  const raid = spacedJoins(8, 100, (i) => `Raider ${i + 1}`);
  const meeting = await openPractice({ script: serveTimeline(server, raid) });
  const panel = await openPanel();
  // The host's switch in the panel.
  await panel.getByRole('button', { name: 'Shield' }).click();
  await expect(panel.getByRole('button', { name: 'Shield' })).toHaveAttribute('aria-pressed', 'true');
  await meeting.page.bringToFront();
  await startScenario(meeting.page);

  await expect(lockIndicator(meeting.page)).toBeVisible();
  const lock = await expect
    .poll(async () => ruleSteps(await meeting.session()).find((r) => r.step === 'set-settings' && r.result.ok))
    .toBeDefined()
    .then(async () => ruleSteps(await meeting.session()).find((r) => r.step === 'set-settings')!);
  expect(lock.trigger?.alertKind).toBe('join-burst');
  expect(lock.undo).toEqual({ kind: 'set-settings', changes: { shareAllowed: true, locked: false } });

  await panel.bringToFront();
  await panel
    .getByRole('button', { name: /^Undo: / })
    .first()
    .click();
  await meeting.page.bringToFront();
  await expect(lockIndicator(meeting.page)).toHaveCount(0);
  const menu = await readSecurityMenu(meeting.page);
  expect(menu['Lock meeting']).toBe(false);
  expect(menu['Share screen']).toBe(true);
  const undone = (await meeting.session())?.actions.find((r) => r.id === lock.id);
  expect(undone?.undoneBy).toBeDefined();
});

test('the raid sweep removes exactly the burst’s joiners, each verified', async ({
  server,
  extension,
  openPractice,
  openPanel,
}) => {
  // A 2 s burst window (an options-page setting) keeps the two early guests out of the raid.
  const worker = await extension.serviceWorker();
  await worker.evaluate(() => chrome.storage.local.set({ detectionSettings: { joinBurst: { windowSeconds: 2 } } }));
  const early = spacedJoins(2, 10, (i) => `Early Guest ${i + 1}`).map((s, i) => ({ ...s, id: `e${i}` }));
  const raid = spacedJoins(6, 100, (i) => `Raider ${i + 1}`).map((s) => ({ ...s, at: (s.at ?? 0) + 2_500 }));
  const meeting = await openPractice({ script: serveTimeline(server, [...early, ...raid]) });
  const panel = await openPanel();
  await meeting.page.bringToFront();
  await startScenario(meeting.page);

  const burst = await expect
    .poll(async () => (await meeting.session())?.alerts.find((a) => a.kind === 'join-burst')?.participantIds?.length)
    .toBe(6)
    .then(async () => (await meeting.session())!.alerts.find((a) => a.kind === 'join-burst')!);
  // The host's path: the sweep button, one confirmation listing the names, Remove.
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Raid sweep (6)' }).click();
  const dialog = panel.getByRole('dialog');
  for (let i = 1; i <= 6; i++) await expect(dialog).toContainText(`Raider ${i}`);
  await expect(dialog).not.toContainText('Early Guest');
  await dialog.getByRole('button', { name: 'Remove 6 participants' }).click();
  await meeting.page.bringToFront();
  await expect
    .poll(async () =>
      (await meeting.session())!.actions
        .filter((a) => a.hostAction === 'sweep')
        .map((a) => [a.participantId, a.result.ok]),
    )
    .toEqual(burst.participantIds!.map((id) => [id, true]));
  const present = Object.values((await meeting.session())!.participants)
    .filter((p) => p.present)
    .map((p) => p.id)
    .sort();
  expect(present).toEqual(expect.arrayContaining(['e0', 'e1']));
  expect(present.filter((id) => burst.participantIds!.includes(id))).toEqual([]);
});
