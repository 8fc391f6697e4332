import { browser } from '../shared/platform/browser';
import { JITSI_ORIGINS_KEY } from '../shared/storage-keys';

/**
 * Self-hosted Jitsi origins the host added on the options page (and granted at run time). The
 * list lives in storage.local; the content script only runs where the browser granted the origin.
 */
export async function grantedJitsiOrigins(): Promise<string[]> {
  const stored = await browser.storage.local.get(JITSI_ORIGINS_KEY);
  const list = stored[JITSI_ORIGINS_KEY];
  return Array.isArray(list) ? list.filter((origin): origin is string => typeof origin === 'string') : [];
}
