import { SUGGESTED_COMMANDS } from '../../src/shared/actions';
import { TEST_EXTENSION_ID } from '../support/extension-id';
import { expect, test } from '../support/fixtures';

test('the test build gets the extension id derived from its manifest key', async ({ extension }) => {
  expect(extension.extensionId).toBe(TEST_EXTENSION_ID);
});

// A suggested key the browser does not assign is silently empty and can never fire.
test('Chromium assigns every keyboard command its default chord', async ({ extension }) => {
  const worker = await extension.serviceWorker();
  const assigned = await worker.evaluate(() => chrome.commands.getAll());
  const shortcuts = Object.fromEntries(assigned.map((c) => [c.name, c.shortcut]));
  for (const command of SUGGESTED_COMMANDS) {
    expect(shortcuts[command.name], command.name).toBe(command.defaultShortcut);
  }
});
