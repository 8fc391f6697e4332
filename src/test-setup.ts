import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';

// Unit tests never load webextension-polyfill (it refuses to run outside an extension): every
// context reaches the WebExtension API through shared/platform/browser.ts, replaced here by an
// in-memory implementation, reset before each test.
vi.mock('./shared/platform/browser', () => ({
  browser: fakeBrowser,
  selfIdentity: () => ({ id: fakeBrowser.runtime.id, origin: `chrome-extension://${fakeBrowser.runtime.id}` }),
  isExtensionAlive: () => true,
}));

beforeEach(() => {
  fakeBrowser.reset();
});
