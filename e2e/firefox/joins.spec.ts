import type { Page } from 'puppeteer-core';
import { PANEL_PATH } from '../support/paths';
import { readPanelAlerts, readPanelRoster } from '../support/panel-dom';
import { expect, test } from '../support/firefox-fixtures';
import { serveTimeline } from '../support/timeline';

const NEWCOMER = { id: 'newcomer', name: 'Firefox Newcomer' };

/** The host clicks "Start scenario": the joins come after the adapter's first roster read. */
const startScenario = (meeting: Page) => meeting.click('#pm-start-scenario');

test('Firefox: a join in the meeting reaches the background session and the panel page', async ({
  firefox,
  server,
}) => {
  const panel = await firefox.openExtensionPage(PANEL_PATH);
  const meeting = await firefox.openPractice({ script: serveTimeline(server, [{ type: 'join', ...NEWCOMER }]) });
  await startScenario(meeting.page);

  // Background: the newcomer is in the session's roster and raised a `joined` alert.
  await expect
    .poll(async () => (await meeting.session())?.participants[NEWCOMER.id], { message: 'session roster' })
    .toMatchObject({ name: NEWCOMER.name, present: true });
  await expect
    .poll(async () => (await meeting.session())?.alerts.filter((a) => a.kind === 'joined').map((a) => a.name))
    .toEqual([NEWCOMER.name]);

  // Panel page: the alert and the roster row both render.
  await expect
    .poll(() => panel.evaluate(readPanelAlerts, 'joined'), { message: 'joined alert in the panel' })
    .toEqual([expect.stringContaining(NEWCOMER.name)]);
  await expect
    .poll(() => panel.evaluate(readPanelRoster), { message: 'panel roster' })
    .toContainEqual({ id: NEWCOMER.id, name: NEWCOMER.name, sharing: false });
});
