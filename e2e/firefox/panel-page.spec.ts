import { BASE_ROSTER } from '../../src/practice/names';
import { PANEL_PATH } from '../support/paths';
import { readPanelResults, readPanelRoster } from '../support/panel-dom';
import { readPracticeStage } from '../support/practice-dom';
import { INTRUDER, shareBomb } from '../support/staged-attacks';
import { serveTimeline } from '../support/timeline';
import { expect, test } from '../support/firefox-fixtures';

// The page Firefox shows in its sidebar (sidebar_action.default_panel), opened as a tab so the
// test can drive it; sidebar.spec.ts proves the same page loads in the real sidebar.
test("Firefox: the sidebar's panel page renders the roster, and its PANIC button stops a share in the meeting tab", async ({
  firefox,
  server,
}) => {
  const panel = await firefox.openExtensionPage(PANEL_PATH);
  const meeting = await firefox.openPractice({ script: serveTimeline(server, shareBomb()) });
  await meeting.page.click('#pm-start-scenario');
  await expect.poll(() => meeting.page.evaluate(readPracticeStage)).toMatchObject({ sharerId: INTRUDER.id });

  // The roster: everyone present at load plus the intruder, flagged as sharing.
  await expect
    .poll(async () => (await panel.evaluate(readPanelRoster)).map((row) => row.name).sort())
    .toEqual([...BASE_ROSTER.map((p) => p.name), INTRUDER.name].sort());
  await expect.poll(() => panel.evaluate(readPanelRoster)).toContainEqual({ ...INTRUDER, sharing: true });

  await panel.click('[data-testid="panic-button"]');

  // In the meeting tab: the share is off the stage and the room is locked and suspended.
  await expect
    .poll(() => meeting.page.evaluate(readPracticeStage), { message: 'meeting stage after PANIC' })
    .toEqual({ sharerId: null, locked: true, suspended: true });
  // The panel shows each step's verified result, the intruder's share first.
  await expect
    .poll(() => panel.evaluate(readPanelResults))
    .toEqual(expect.arrayContaining(['stop-share:ok', 'suspend:ok', 'setting:locked:ok']));
  const session = await meeting.session();
  expect(session?.actions.map((a) => `${a.origin}:${a.step}`)[0]).toBe('panel:stop-share');
  expect(session?.panic?.ok).toBe(true);
});
