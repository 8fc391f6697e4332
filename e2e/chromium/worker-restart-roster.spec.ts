import { shortcutOf } from '../support/shortcut';
import { expect, pressShortcut, test } from '../support/fixtures';
import { alertsOfKind, panelRow, rosterIds } from '../support/panel-view';
import { shareView, startScenario } from '../support/practice-host';
import { joins, serveTimeline } from '../support/timeline';

// MV3 may stop the worker at any moment of a raid. The session lives in storage.session, so the
// panel (which reads storage, not the worker) and the next shortcut must both find it intact.
test('after the worker is stopped mid-meeting, the panel keeps roster and alerts and panic still works', async ({
  server,
  extension,
  openPractice,
  openPanel,
}) => {
  const script = serveTimeline(server, [
    ...joins('raider-', 9, (i) => `Raider ${i}`),
    { type: 'share-start', id: 'raider-9' },
  ]);
  const meeting = await openPractice({ script, delay: 0 });
  const panel = await openPanel();
  await startScenario(meeting.page);
  await expect(panelRow(panel, 'raider-9').getByText('Sharing', { exact: true })).toBeVisible();
  await expect(alertsOfKind(panel, 'join-burst')).toHaveCount(1);
  const rows = await rosterIds(panel);
  const alertKinds = await panel.getByTestId('alert').evaluateAll((items) => items.map((i) => i.dataset.kind));
  expect(rows).toHaveLength(6 + 9);

  await extension.stop();

  // A panel opened while no worker runs reads the same state straight from storage.
  await panel.reload();
  await expect(panelRow(panel, 'raider-9').getByText('Sharing', { exact: true })).toBeVisible();
  expect(await rosterIds(panel)).toEqual(rows);
  expect(await panel.getByTestId('alert').evaluateAll((items) => items.map((i) => i.dataset.kind))).toEqual(alertKinds);
  expect(await extension.isRunning()).toBe(false);

  await meeting.page.bringToFront();
  await pressShortcut(meeting.page, shortcutOf('panic'));

  await expect(shareView(meeting.page)).toHaveCount(0);
  await expect.poll(async () => (await meeting.session())?.panic?.finishedAt).toBeDefined();
  const session = await meeting.session();
  const stopShare = session?.actions.find((a) => a.hostAction === 'panic' && a.step === 'stop-share');
  expect(stopShare).toMatchObject({ participantId: 'raider-9', origin: 'shortcut', result: { ok: true } });
  expect(Object.keys(session?.participants ?? {}).sort()).toEqual([...rows].sort());
  await expect(panel.getByTestId('action-result').filter({ hasText: 'Stop share' })).toHaveAttribute(
    'data-state',
    'ok',
  );
});
