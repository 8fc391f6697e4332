import { expect, test } from '../support/fixtures';
import { alertsOfKind, panelRow, rosterIds } from '../support/panel-view';
import { pageRow, startScenario } from '../support/practice-host';
import { joins, serveTimeline } from '../support/timeline';

// The panel is opened before the host starts the scenario, so every row below arrives live.
test('joiners appear live in the panel: the sharer on top, then newest first, with role and sharing badges', async ({
  server,
  openPractice,
  openPanel,
}) => {
  const script = serveTimeline(server, [
    { at: 0, type: 'join', id: 'mod', name: 'Inès Cohost', role: 'cohost' },
    { at: 50, type: 'join', id: 'guest', name: 'Zed Newcomer' },
    { at: 100, type: 'share-start', id: 'guest' },
    // Ids sort like the join order they stand for: if a loaded machine delivers two joins in one
    // observation (same timestamp), the roster's id tie-break still gives the expected order.
    { at: 150, type: 'join', id: 'late', name: 'Léa Latecomer' },
  ]);
  const meeting = await openPractice({ script, delay: 0 });
  const panel = await openPanel();
  await expect(panelRow(panel, 'p1')).toBeVisible();
  expect(await rosterIds(panel)).not.toContain('guest');

  await startScenario(meeting.page);

  await expect(pageRow(meeting.page, 'late')).toBeVisible();
  await expect(panelRow(panel, 'late')).toContainText('Léa Latecomer');
  const guest = panelRow(panel, 'guest');
  await expect(guest.getByText('Sharing', { exact: true })).toBeVisible();
  // A fresh sharer is an incident: rows go compact and the plain "Participant" pill is read by
  // screen readers only, so the visible check is that no moderator badge shows on this row.
  await expect(guest.getByText('Participant', { exact: true })).toHaveCount(1);
  await expect(guest.getByText(/^(Host|Co-host)$/)).toHaveCount(0);
  await expect(guest).toContainText('Zed Newcomer');
  await expect(panelRow(panel, 'late').getByText('Sharing', { exact: true })).toHaveCount(0);
  await expect(panelRow(panel, 'mod').getByText('Co-host', { exact: true })).toBeVisible();
  await expect(panelRow(panel, 'p1').getByText('Host', { exact: true })).toBeVisible();
  // Whoever shares comes first (their Stop share sits under PANIC), then the newest joiners.
  expect((await rosterIds(panel)).slice(0, 3)).toEqual(['guest', 'late', 'mod']);
  await expect(panel.getByRole('button', { name: 'Stop share Zed Newcomer' })).toBeVisible();
});

test('a join burst raises one critical alert in the panel', async ({ server, openPractice, openPanel }) => {
  const script = serveTimeline(
    server,
    joins('raider-', 10, (i) => `Raider ${i}`).map((step, i) => ({ ...step, at: i * 20 })),
  );
  const { page } = await openPractice({ script, delay: 0 });
  const panel = await openPanel();
  await startScenario(page);

  // Once the last joiner is on screen, every join has been judged: one alert, not one per join.
  await expect(panelRow(panel, 'raider-10')).toBeVisible();
  const burst = alertsOfKind(panel, 'join-burst');
  await expect(burst).toHaveCount(1);
  await expect(burst).toHaveAttribute('data-severity', 'critical');
  await expect(burst).toContainText('Critical');
  await expect(burst).toContainText(/\d+ people joined within 10 s/);
});

// The six people already in the meeting when Hostguard first sees it did not just join: two
// ordinary arrivals in the first seconds are not "8 people joined within 10 s".
test('two joins right after the meeting opens raise no join-burst alert', async ({
  server,
  openPractice,
  openPanel,
}) => {
  const script = serveTimeline(
    server,
    joins('guest-', 2, (i) => `Guest ${i}`),
  );
  const { page } = await openPractice({ script, delay: 0 });
  const panel = await openPanel();
  await startScenario(page);

  // Rules judge a join in the same update that adds its row: once both rows show, any alert has too.
  await expect(panelRow(panel, 'guest-2')).toBeVisible();
  await expect(panelRow(panel, 'guest-1')).toBeVisible();
  await expect(alertsOfKind(panel, 'joined')).toHaveCount(2);
  await expect(alertsOfKind(panel, 'join-burst')).toHaveCount(0);
});
