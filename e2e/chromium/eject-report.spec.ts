import { LOOKALIKE } from '../../src/practice/scenarios/builtin';
import { expect, test } from '../support/fixtures';
import { alertsOfKind, panelRow } from '../support/panel-view';
import { logOf, pageRow } from '../support/practice-host';
import { serveTimeline } from '../support/timeline';

// The built-in `rejoin` scenario: "Nathan Roy" joins (id `intruder`) and, once removed, comes
// back a second later under a look-alike name (Cyrillic "а").
const REJOIN = { scenario: 'rejoin', autostart: true, delay: 0 };

test('eject with "Don\'t allow them to rejoin" removes the intruder and the meeting refuses the rejoin', async ({
  openPractice,
  openPanel,
}) => {
  const { page, session } = await openPractice(REJOIN);
  const panel = await openPanel();
  await panel.getByRole('button', { name: 'Eject Nathan Roy' }).click();
  const dialog = panel.getByTestId('eject-dialog');
  await expect(dialog.getByRole('checkbox', { name: "Don't allow them to rejoin" })).toBeChecked();
  await dialog.getByRole('button', { name: 'Eject', exact: true }).click();

  await expect(pageRow(page, 'intruder')).toHaveCount(0);
  await expect.poll(() => logOf(page, 'join-refused')).toEqual([expect.objectContaining({ detail: 'blocked' })]);
  await expect(page.locator('#pm-notices')).toContainText('A removed participant tried to rejoin: blocked');
  expect(await logOf(page, 'removed')).toEqual([
    expect.objectContaining({ participantId: 'intruder', detail: 'blocked' }),
  ]);
  await expect(panelRow(panel, 'intruder').getByText('Removed', { exact: true })).toBeVisible();
  const remove = (await session())?.actions.find((a) => a.hostAction === 'eject');
  expect(remove?.result).toMatchObject({ ok: true, code: 'done' });
  expect(Object.values((await session())?.participants ?? {}).map((p) => p.name)).not.toContain(LOOKALIKE);
});

test('eject without blocking the rejoin: the intruder comes back and the panel raises a critical alert', async ({
  openPractice,
  openPanel,
}) => {
  const { page } = await openPractice(REJOIN);
  const panel = await openPanel();
  await panel.getByRole('button', { name: 'Eject Nathan Roy' }).click();
  const dialog = panel.getByTestId('eject-dialog');
  await dialog.getByRole('checkbox', { name: "Don't allow them to rejoin" }).uncheck();
  await dialog.getByRole('button', { name: 'Eject', exact: true }).click();

  await expect.poll(() => logOf(page, 'removed')).toEqual([expect.objectContaining({ detail: 'may-rejoin' })]);
  await expect.poll(() => logOf(page, 'joined')).toContainEqual(expect.objectContaining({ name: LOOKALIKE }));
  const rejoin = alertsOfKind(panel, 'rejoin-after-removal');
  await expect(rejoin).toHaveCount(1);
  await expect(rejoin).toHaveAttribute('data-severity', 'critical');
  await expect(rejoin).toContainText('removed as Nathan Roy');
  expect(await logOf(page, 'join-refused')).toEqual([]);
});

test('report from the panel prefills the page dialog; the host submits it there and the queue shows it', async ({
  server,
  openPractice,
  openPanel,
}) => {
  const script = serveTimeline(server, [{ at: 0, type: 'join', id: 'troll', name: 'Troll Example' }]);
  const { page } = await openPractice({ script, autostart: true, delay: 0 });
  const panel = await openPanel();
  await panel.getByRole('button', { name: 'Report Troll Example' }).click();
  const form = panel.getByTestId('report-dialog');
  await form.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Harassment' });
  await form.getByRole('textbox', { name: 'What happened (optional)' }).fill('TEST: shouted slurs at the speaker');
  await form.getByRole('checkbox', { name: 'Also remove them from the meeting' }).check();
  await form.getByRole('button', { name: 'Send report' }).click();

  // The page's own dialog, filled in and left open for the host.
  const native = page.locator('#pm-report-dialog');
  await expect(native).toHaveAttribute('data-participant-id', 'troll');
  await expect(native.locator('select[name="category"]')).toHaveValue('harassment');
  await expect(native.locator('textarea[name="description"]')).toHaveValue('TEST: shouted slurs at the speaker');
  await expect(native.locator('input[name="also-remove"]')).toBeChecked();
  const report = panel.getByTestId('report-queue').getByTestId('report');
  await expect(report).toHaveAttribute('data-status', 'prefilled');
  expect(await logOf(page, 'report-submitted')).toEqual([]);

  await native.getByRole('button', { name: 'Submit' }).click();

  await expect(report).toHaveAttribute('data-status', 'submitted');
  await expect(report).toContainText('Troll Example');
  expect(await logOf(page, 'report-submitted')).toEqual([
    expect.objectContaining({
      participantId: 'troll',
      detail: 'harassment',
      text: 'TEST: shouted slurs at the speaker',
    }),
  ]);
  await expect(pageRow(page, 'troll')).toHaveCount(0);
  expect(await logOf(page, 'removed')).toEqual([
    expect.objectContaining({ participantId: 'troll', detail: 'blocked' }),
  ]);
  // Gone from the meeting: the panel keeps the row for the record, without actions...
  await expect(panelRow(panel, 'troll').getByRole('button')).toHaveCount(0);
  await expect(panelRow(panel, 'troll').getByText(/^Left\b/)).toBeVisible();
  // ...and marked removed, as an eject is: the rejoin-after-removal rule relies on it.
  await expect(panelRow(panel, 'troll').getByText('Removed', { exact: true })).toBeVisible();
});
