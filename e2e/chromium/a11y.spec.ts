import type { Page } from '@playwright/test';
import { axeViolations, tabTo } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { panelRow, panicButton } from '../support/panel-view';
import { lockIndicator, pageRow, shareView, startScenario } from '../support/practice-host';
import { serveTimeline, type TimelineStep } from '../support/timeline';

/** A roster worth checking: a sharer, a co-host, a name with hidden characters, a burst alert. */
const BUSY_MEETING: TimelineStep[] = [
  { at: 0, type: 'join', id: 'helper', name: 'Inès Cohost', role: 'cohost' },
  { type: 'join', id: 'spoof', name: 'Admin\u202E (tsoH)' },
  ...Array.from({ length: 8 }, (_, i) => ({ type: 'join' as const, id: `raider-${i + 1}`, name: `Raider ${i + 1}` })),
  { type: 'join', id: 'guest', name: 'Zed Newcomer' },
  { type: 'share-start', id: 'guest' },
];

/** Fails on any violation axe finds (minor and moderate included), after printing each. */
async function expectNoViolations(panel: Page, state: string): Promise<void> {
  const violations = await axeViolations(panel);
  for (const v of violations) console.log(`[axe: ${state}] ${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.join('\n  ')}`);
  expect(violations, `axe violations (${state})`).toEqual([]);
}

test('the panel has no axe violations at all: busy roster, open dialogs, after panic', async ({
  server,
  openPractice,
  openPanel,
}) => {
  const meeting = await openPractice({ script: serveTimeline(server, BUSY_MEETING), delay: 0 });
  const panel = await openPanel();
  await startScenario(meeting.page);
  await panel.setViewportSize({ width: 360, height: 800 });
  await expect(panelRow(panel, 'guest').getByText('Sharing', { exact: true })).toBeVisible();
  await expect(panel.getByTestId('alert').first()).toBeVisible();
  await expectNoViolations(panel, 'busy roster');

  await panel.getByRole('button', { name: 'Eject Zed Newcomer' }).click();
  await expect(panel.getByTestId('eject-dialog')).toBeVisible();
  await expectNoViolations(panel, 'eject dialog');
  await panel.keyboard.press('Escape');
  await expect(panel.getByTestId('eject-dialog')).toHaveCount(0);

  await panel.getByRole('button', { name: 'Report Zed Newcomer' }).click();
  await expect(panel.getByTestId('report-dialog')).toBeVisible();
  await expectNoViolations(panel, 'report dialog');
  await panel.keyboard.press('Escape');
  await expect(panel.getByTestId('report-dialog')).toHaveCount(0);

  await panicButton(panel).click();
  await expect(lockIndicator(meeting.page)).toBeVisible();
  await expect(panel.getByTestId('restore-list')).toBeVisible();
  await expect(panicButton(panel)).not.toHaveAttribute('aria-busy', 'true');
  await expectNoViolations(panel, 'after panic');
});

test('keyboard only: Tab to PANIC and Enter runs it; a row Eject opens with Space, Escape closes it, focus returns', async ({
  server,
  openPractice,
  openPanel,
}) => {
  const meeting = await openPractice({ script: serveTimeline(server, BUSY_MEETING), delay: 0 });
  const panel = await openPanel();
  await startScenario(meeting.page);
  await expect(panelRow(panel, 'guest').getByText('Sharing', { exact: true })).toBeVisible();

  // A fresh panel: focus starts at the top, and PANIC is among the first stops.
  await tabTo(panel, panicButton(panel));
  await panel.keyboard.press('Enter');
  await expect(shareView(meeting.page)).toHaveCount(0);
  await expect(lockIndicator(meeting.page)).toBeVisible();

  const eject = panel.getByRole('button', { name: 'Eject Raider 3' });
  await tabTo(panel, eject);
  await panel.keyboard.press('Space');
  const dialog = panel.getByTestId('eject-dialog');
  await expect(dialog).toBeVisible();
  // Focus moves into the dialog, on its confirm button.
  await expect(dialog.getByRole('button', { name: 'Eject', exact: true })).toBeFocused();
  await panel.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(eject).toBeFocused();
  await expect(pageRow(meeting.page, 'raider-3')).toBeVisible();
});
