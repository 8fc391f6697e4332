import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { panelRow, roster } from '../support/panel-view';
import { pageRow, startScenario } from '../support/practice-host';
import { joins, serveTimeline } from '../support/timeline';

const RAIDERS = 50;
const PANEL = { width: 360, height: 800 };

/**
 * Scrolls the page so the roster's first row sits just under the sticky header, then counts
 * the rows wholly on screen: below the header (which covers what scrolls under it) and above
 * the viewport's bottom edge.
 */
async function rowsFullyOnScreen(panel: Page): Promise<{ visible: number; rowHeight: number; header: number }> {
  return roster(panel).evaluate((list) => {
    const header = document.querySelector('.panel-header')!.getBoundingClientRect().bottom;
    const rows = [...list.querySelectorAll<HTMLElement>('[data-testid="participant-row"]')];
    window.scrollBy(0, rows[0]!.getBoundingClientRect().top - header);
    const boxes = rows.map((row) => row.getBoundingClientRect());
    const visible = boxes.filter((box) => box.top >= header - 0.5 && box.bottom <= window.innerHeight + 0.5);
    return { visible: visible.length, rowHeight: Math.max(...visible.map((box) => box.height)), header };
  });
}

test('a raid of 50 joiners: a 360 x 800 panel shows at least 15 compact roster rows, riskiest first', async ({
  server,
  openPractice,
  openPanel,
}) => {
  const script = serveTimeline(
    server,
    joins('raider-', RAIDERS, (i) => `Raider ${i}`).map((step, i) => ({ ...step, at: i * 20 })),
  );
  const meeting = await openPractice({ script, delay: 0 });
  const panel = await openPanel();
  await panel.setViewportSize(PANEL);
  await startScenario(meeting.page);

  await expect(pageRow(meeting.page, `raider-${RAIDERS}`)).toBeVisible();
  await expect(panelRow(panel, `raider-${RAIDERS}`)).toBeVisible();
  const rows = roster(panel).getByTestId('participant-row');
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(RAIDERS);
  // 50 joins in a second are a join burst: an incident, so riskiest-first compact rows.
  await expect(roster(panel)).toHaveAttribute('data-incident', 'true');
  await expect(rows.first()).toHaveClass(/participant--compact/);

  const { visible, rowHeight, header } = await rowsFullyOnScreen(panel);
  console.log(
    `[incident-roster] ${visible} rows fully on screen at 360 x 800 (row ${rowHeight} px, header ${header} px)`,
  );
  expect(visible).toBeGreaterThanOrEqual(15);

  // Every raider was seen joining seconds ago: each wears "New", derived in the panel. Marks
  // from the background rules may rank some above the others, so only "new" is checked here.
  const top = rows.first();
  await expect(top.getByText('New', { exact: true })).toBeVisible();
  await expect(panelRow(panel, 'raider-1').getByText('New', { exact: true })).toHaveCount(1);
  // The people already in the meeting when Hostguard first read it are not "new", and rank
  // below every raider unless a rule marked them.
  const order = await rows.evaluateAll((all) =>
    all.map((row) => ({
      id: row.getAttribute('data-participant-id') ?? '',
      threats: row.querySelectorAll('[data-threat]').length,
    })),
  );
  const firstSeen = order.filter((row) => !row.id.startsWith('raider-'));
  expect(firstSeen.length).toBeGreaterThan(0);
  for (const { id } of firstSeen) await expect(panelRow(panel, id).getByText('New', { exact: true })).toHaveCount(0);
  const lastRaider = order.findLastIndex((row) => row.id.startsWith('raider-'));
  const firstCalm = order.findIndex((row) => !row.id.startsWith('raider-') && row.threats === 0);
  expect(lastRaider).toBeLessThan(firstCalm);

  // The reason shows on keyboard focus, tied to the badge.
  const badge = panelRow(panel, 'raider-1').getByText('New', { exact: true });
  await badge.focus();
  const tip = panel.locator(`[id="${await badge.getAttribute('aria-describedby')}"]`);
  await expect(tip).toHaveAttribute('role', 'tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(/less than 2 min ago/);
  await expect(badge).toHaveAccessibleDescription(/less than 2 min ago/);
  await panel.keyboard.press('Escape');
  await expect(tip).toBeHidden();

  // Compact rows keep each action one keyboard stop away, with its full name.
  const eject = panel.getByRole('button', { name: 'Eject Raider 1', exact: true });
  await eject.focus();
  await expect(eject).toBeFocused();
  await panel.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Report Raider 1', exact: true })).toBeFocused();
  // One line per person: the name, its badges and the buttons share the row's height.
  const box = await panelRow(panel, 'raider-1').boundingBox();
  expect(box!.height).toBeLessThanOrEqual(40);
});
