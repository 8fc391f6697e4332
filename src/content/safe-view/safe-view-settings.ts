import { browser } from '../../shared/platform/browser';
import { DEFAULT_SAFE_VIEW_SETTINGS, type SafeViewSettings } from '../../shared/model/shield';
import { asSafeViewSettings, SAFE_VIEW_SETTINGS_KEY } from '../../shared/policy-storage';

/**
 * The host's safe-view choice, read once and kept current. Until the first read answers, the
 * defaults apply (on): a share in the first milliseconds is hidden, not shown.
 */
export function watchSafeViewSettings(signal: AbortSignal): () => SafeViewSettings {
  let current: SafeViewSettings = DEFAULT_SAFE_VIEW_SETTINGS;
  browser.storage.local.get(SAFE_VIEW_SETTINGS_KEY).then(
    (stored) => (current = asSafeViewSettings(stored[SAFE_VIEW_SETTINGS_KEY])),
    () => undefined,
  );
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SAFE_VIEW_SETTINGS_KEY in changes) {
      current = asSafeViewSettings(changes[SAFE_VIEW_SETTINGS_KEY]!.newValue);
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
  return () => current;
}
