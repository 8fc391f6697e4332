import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { JITSI_ORIGINS_KEY } from '../shared/storage-keys';
import { syncSelfHostedJitsi } from './self-hosted-jitsi';

interface Registered {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
}

/** fake-browser has no scripting or permissions API: these stand in, in memory. */
function installScripting(grantedOrigins: string[]) {
  let registered: Registered[] = [];
  Object.assign(fakeBrowser, {
    permissions: { getAll: vi.fn(async () => ({ permissions: [], origins: grantedOrigins })) },
    scripting: {
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
        registered.filter((s) => ids.includes(s.id)),
      ),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
        registered = registered.filter((s) => !ids.includes(s.id));
      }),
      registerContentScripts: vi.fn(async (scripts: Registered[]) => void registered.push(...scripts)),
    },
  });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Hostguard',
    version: '0.1.0',
    content_scripts: [{ matches: ['https://meet.jit.si/*'], js: ['content-script.js'] }],
  });
  return { registered: () => registered };
}

describe('self-hosted Jitsi: the content script runs exactly where the host added and granted', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('registers the same script on each granted origin the host added, in every frame', async () => {
    const scripting = installScripting(['https://meet.example.org/*']);
    await fakeBrowser.storage.local.set({ [JITSI_ORIGINS_KEY]: ['https://meet.example.org'] });
    expect(await syncSelfHostedJitsi()).toEqual(['https://meet.example.org/*']);
    expect(scripting.registered()).toEqual([
      expect.objectContaining({ matches: ['https://meet.example.org/*'], js: ['content-script.js'], allFrames: true }),
    ]);
  });

  it('an origin the browser did not grant is not registered; removing the last one unregisters', async () => {
    const scripting = installScripting([]);
    await fakeBrowser.storage.local.set({ [JITSI_ORIGINS_KEY]: ['https://meet.example.org'] });
    expect(await syncSelfHostedJitsi()).toEqual([]);
    expect(scripting.registered()).toEqual([]);
  });

  it('re-syncing replaces the registration instead of adding a second one', async () => {
    const scripting = installScripting(['https://a.example.org/*', 'https://b.example.org/*']);
    await fakeBrowser.storage.local.set({ [JITSI_ORIGINS_KEY]: ['https://a.example.org'] });
    await syncSelfHostedJitsi();
    await fakeBrowser.storage.local.set({ [JITSI_ORIGINS_KEY]: ['https://a.example.org', 'https://b.example.org'] });
    await syncSelfHostedJitsi();
    expect(scripting.registered()).toHaveLength(1);
    expect(scripting.registered()[0]?.matches).toEqual(['https://a.example.org/*', 'https://b.example.org/*']);
  });
});
