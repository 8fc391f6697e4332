import { sessionsFromItems } from '../../src/shared/session-storage';
import { expect, test } from '../support/fixtures';
import { panelRow, panicButton } from '../support/panel-view';
import { lockIndicator, shareView, startScenario } from '../support/practice-host';

/** The page "Run a drill" opens (src/panel/connector.ts DRILL_PATH): the shipped practice route. */
const DRILL_PATH = 'src/practice/index.html?scenario=raid';

// The store build runs on no website yet: the drill is how a host first meets Hostguard. It uses
// the practice meeting inside the extension and the same adapter a real meeting gets.
test('Run a drill opens the practice raid as an extension page, and PANIC in the panel stops its share', async ({
  extension,
  openPanel,
}) => {
  test.setTimeout(45_000);
  const panel = await openPanel();
  await expect(panel.getByTestId('empty-state')).toBeVisible();

  const [drill] = await Promise.all([
    extension.context.waitForEvent('page'),
    panel.getByRole('button', { name: 'Run a drill' }).click(),
  ]);
  await drill.waitForURL(extension.url(DRILL_PATH));
  const drillSessions = async () =>
    Object.values(sessionsFromItems(await extension.sessionStorage())).filter(
      (session) => session.platform === 'practice',
    );
  await expect.poll(async () => (await drillSessions()).length).toBe(1);
  await expect(panel.getByTestId('health')).toHaveAttribute('data-ok', 'true');
  await expect(panelRow(panel, 'p1')).toBeVisible();

  await startScenario(drill);
  // The raid's share starts 3 s in (src/practice/scenarios/builtin.ts): the wait is the scenario's.
  await expect(shareView(drill)).toBeVisible({ timeout: 15_000 });
  const sharer = await shareView(drill).getAttribute('data-participant-id');
  await expect(panelRow(panel, sharer ?? '').getByText('Sharing', { exact: true })).toBeVisible();
  await panicButton(panel).click();

  await expect(shareView(drill)).toHaveCount(0);
  await expect(lockIndicator(drill)).toBeVisible();
  await expect.poll(async () => (await drillSessions())[0]?.panic?.finishedAt).toBeDefined();
  const [session] = await drillSessions();
  expect(session?.actions.filter((a) => a.hostAction === 'panic').every((a) => a.result.ok)).toBe(true);
  expect(session?.actions.find((a) => a.step === 'stop-share')).toMatchObject({
    participantId: sharer,
    origin: 'panel',
  });
});
