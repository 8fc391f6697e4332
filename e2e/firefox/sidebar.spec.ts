import { BASE_ROSTER } from '../../src/practice/names';
import {
  declaredSidebarPanel,
  openSidebarByClick,
  sidebarIsOpen,
  sidebarOpenError,
  sidebarView,
} from '../support/firefox-extension-page';
import { PANEL_PATH } from '../support/paths';
import { expect, test } from '../support/firefox-fixtures';

test('Firefox: the panel is the declared sidebar, and sidebarAction.open() from a click shows it with the roster', async ({
  firefox,
}) => {
  await firefox.openPractice({ scenario: 'calm' });
  const page = await firefox.openExtensionPage(PANEL_PATH);
  // Firefox resolves the manifest's relative path against the extension's origin.
  expect(await declaredSidebarPanel(page)).toBe(firefox.origin + PANEL_PATH);
  // The manifest says open_at_install: false, so any sidebar seen below was opened by the click.
  expect(await sidebarIsOpen(page)).toBe(false);

  await openSidebarByClick(page);

  await expect
    .poll(async () => (await sidebarIsOpen(page)) || ((await sidebarOpenError(page)) ?? false), {
      message: 'sidebarAction.isOpen({}) after the click (or why open() was refused)',
    })
    .toBe(true);
  // The real sidebar runs the panel page, and it renders the meeting's roster.
  await expect
    .poll(() => sidebarView(page), { message: 'the sidebar view' })
    .toMatchObject({ path: `/${PANEL_PATH}`, rosterRows: BASE_ROSTER.length });
});
