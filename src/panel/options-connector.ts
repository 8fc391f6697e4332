import { browser } from '../shared/platform/browser';
import { patternForOrigin } from '../shared/model/platform';
import { asPanicOptions, JITSI_ORIGINS_KEY, PANIC_OPTIONS_KEY } from '../shared/storage-keys';
import type { PanicOptionsStore } from './components/PanicOptionsForm';
import type { DomainStore } from './jitsi-domains';

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

/** Panic's opt-in extras, in storage.local where the background reads them at each panic. */
export const browserPanicOptions: PanicOptionsStore = {
  load: async () => asPanicOptions((await browser.storage.local.get(PANIC_OPTIONS_KEY))[PANIC_OPTIONS_KEY]),
  save: (options) => browser.storage.local.set({ [PANIC_OPTIONS_KEY]: options }),
};
