import { browser } from '../shared/platform/browser';
import { patternForOrigin } from '../shared/model/platform';
import { JITSI_ORIGINS_KEY } from '../shared/storage-keys';
import { grantedJitsiOrigins } from './custom-origins';

const SCRIPT_ID = 'hostguard-self-hosted-jitsi';

/**
 * Registers the content script on exactly the self-hosted Jitsi origins the host added AND the
 * browser granted (options page), and nowhere else. The script file is the one the built
 * manifest declares, so the registration follows the bundler's hashed file names.
 */
export async function syncSelfHostedJitsi(): Promise<string[]> {
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  const patterns = (await grantedJitsiOrigins()).map(patternForOrigin).filter((pattern) => granted.has(pattern));
  // The same single-file script the manifest declares for meet.jit.si (src/build/content-script-plugin.ts).
  const js = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (patterns.length > 0 && js.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: patterns, js, allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return patterns;
}

/** Keeps the registration in step with the host's list and the browser's grants. */
export function watchSelfHostedJitsi(): void {
  const sync = () => void syncSelfHostedJitsi().catch((error) => console.warn('Hostguard: Jitsi domains', error));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && JITSI_ORIGINS_KEY in changes) sync();
  });
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
}
