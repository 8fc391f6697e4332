import { browser } from '../shared/platform/browser';
import { patternForOrigin } from '../shared/model/platform';
import { asPanicOptions, JITSI_ORIGINS_KEY, PANIC_OPTIONS_KEY } from '../shared/storage-keys';
import {
  asDetectionSettings,
  asSafeViewSettings,
  asShieldSettings,
  DETECTION_SETTINGS_KEY,
  SAFE_VIEW_SETTINGS_KEY,
  SHIELD_SETTINGS_KEY,
} from '../shared/policy-storage';
import type { PanicOptionsStore } from './components/PanicOptionsForm';
import type { DomainStore } from './jitsi-domains';
import { createStoredValue, type KeyValueArea } from './stored-value';
import { asDestinations, DESTINATIONS_KEY } from '../shared/model/destinations';
import { asRetention, RETENTION_KEY } from '../shared/model/evidence';
import type { ReportSettingsStore } from './destinations-store';

async function stored(): Promise<string[]> {
  const value = (await browser.storage.local.get(JITSI_ORIGINS_KEY))[JITSI_ORIGINS_KEY];
  return Array.isArray(value) ? value.filter((o): o is string => typeof o === 'string') : [];
}

/** Self-hosted Jitsi origins: granted one at a time by the browser, kept in storage.local. */
export const browserDomainStore: DomainStore = {
  list: stored,
  async add(origin) {
    // Must be the first await: browsers only grant permissions during the click's user gesture.
    const granted = await browser.permissions.request({ origins: [patternForOrigin(origin)] });
    if (!granted) return false;
    const current = await stored();
    if (!current.includes(origin)) await browser.storage.local.set({ [JITSI_ORIGINS_KEY]: [...current, origin] });
    return true;
  },
  async remove(origin) {
    await browser.storage.local.set({ [JITSI_ORIGINS_KEY]: (await stored()).filter((o) => o !== origin) });
    await browser.permissions.remove({ origins: [patternForOrigin(origin)] });
  },
};

const local: KeyValueArea = {
  get: (key) => browser.storage.local.get(key),
  set: (items) => browser.storage.local.set(items),
};

/** Panic's opt-in extras, in storage.local where the background reads them at each panic. */
export const browserPanicOptions: PanicOptionsStore = createStoredValue(local, PANIC_OPTIONS_KEY, asPanicOptions);

/**
 * The host's detection policy, read by the background (and safe view by the content script)
 * through the same sanitisers. One store per key for the whole page: the detection rules and
 * the attendee list both edit `detectionSettings`, and share its write queue.
 */
export const browserDetectionSettings = createStoredValue(local, DETECTION_SETTINGS_KEY, asDetectionSettings);
export const browserShieldSettings = createStoredValue(local, SHIELD_SETTINGS_KEY, asShieldSettings);
export const browserSafeViewSettings = createStoredValue(local, SAFE_VIEW_SETTINGS_KEY, asSafeViewSettings);

/**
 * Firefox asks for its built-in data-collection consent in the same prompt as the receiver's or
 * webhook's origin: from then on reports (names as shown, meeting screenshots) leave the device.
 * Chrome has no such key and rejects unknown ones.
 */
const FIREFOX_REPORT_DATA = ['personallyIdentifyingInfo', 'websiteContent'];
const isFirefox = () => browser.runtime.getURL('').startsWith('moz-extension:');
function destinationRequest(pattern: string): { origins: string[] } {
  const request = { origins: [pattern] };
  return isFirefox() ? ({ ...request, data_collection: FIREFOX_REPORT_DATA } as typeof request) : request;
}

/** Screenshots of meeting tabs need `<all_urls>` (captureVisibleTab), an optional permission. */
const SCREENSHOTS = { origins: ['<all_urls>'] };

export const browserReportSettings: ReportSettingsStore = {
  destinations: createStoredValue(local, DESTINATIONS_KEY, asDestinations),
  retention: createStoredValue(local, RETENTION_KEY, asRetention),
  requestOrigin: (pattern) => browser.permissions.request(destinationRequest(pattern)),
  hasScreenshots: () => browser.permissions.contains(SCREENSHOTS),
  requestScreenshots: () => browser.permissions.request(SCREENSHOTS),
  dropScreenshots: async () => void (await browser.permissions.remove(SCREENSHOTS)),
  async storageUse() {
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    return estimate?.usage;
  },
};
