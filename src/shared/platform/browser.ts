/** The one import of the WebExtension API for every context (Promise-based in both browsers). */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Storage, Commands } from 'webextension-polyfill';

/** Our own id and origin, for the sender policy. */
export function selfIdentity(): { id: string; origin: string } {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('').replace(/\/$/, '') };
}

/** False once the extension was reloaded or updated under a still-running content script. */
export function isExtensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
