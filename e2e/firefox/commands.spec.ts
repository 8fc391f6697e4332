import { GECKO_ID } from '../../src/build/manifest-for-target';
import { SUGGESTED_COMMANDS } from '../../src/shared/actions';
import { expect, test } from '../support/firefox-fixtures';

test('Firefox installs the test build under its gecko id', async ({ firefox }) => {
  expect(firefox.addonId).toBe(GECKO_ID);
});

test('Firefox assigns every keyboard command its default chord', async ({ firefox }) => {
  const shortcuts = Object.fromEntries((await firefox.commands()).map((c) => [c.name, c.shortcut]));
  for (const command of SUGGESTED_COMMANDS) {
    expect(shortcuts[command.name], command.name).toBe(command.defaultShortcut);
  }
});
