import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EXTENSION_PAGES_CSP, manifestForTarget, TEST_KEY, type BaseManifest } from './manifest-for-target';
import { targetFor } from './targets';
import { CONTENT_SCRIPT_FILE } from './content-script-plugin';
import { PLATFORM_MATCHES, WEB_PLATFORMS } from '../shared/model/platform';

const SCRIPT = CONTENT_SCRIPT_FILE;
const MEETING_SITES = WEB_PLATFORMS.flatMap((platform) => [...PLATFORM_MATCHES[platform]]);

const base = JSON.parse(readFileSync('manifest.json', 'utf8')) as BaseManifest;
const build = (mode: string) => manifestForTarget(base, targetFor(mode)) as Record<string, unknown>;
const text = (m: unknown) => JSON.stringify(m);

describe('store builds ask for the narrowest access', () => {
  it.each(['chrome', 'firefox'])('%s: no localhost, no key, exactly the meeting sites', (mode) => {
    const manifest = build(mode);
    expect(text(manifest)).not.toMatch(/localhost|127\.0\.0\.1/);
    // `<all_urls>` only as an optional grant the host asks for (screenshots), never at install.
    const { optional_host_permissions: optional, ...granted } = manifest;
    expect(text(granted)).not.toMatch(/<all_urls>/);
    expect(manifest.key).toBeUndefined();
    expect([...(manifest.host_permissions as string[])].sort()).toEqual([...MEETING_SITES].sort());
    expect(optional).toEqual(['https://*/*', '<all_urls>']);
    expect(manifest.content_scripts).toEqual([
      {
        matches: [...PLATFORM_MATCHES.zoom, ...PLATFORM_MATCHES.jitsi],
        js: [SCRIPT],
        run_at: 'document_idle',
        all_frames: true,
      },
      {
        matches: [...PLATFORM_MATCHES.meet, ...PLATFORM_MATCHES.teams],
        js: [SCRIPT],
        run_at: 'document_idle',
        all_frames: false,
      },
    ]);
  });

  it('firefox: event-page background, sidebar, gecko id and data collection declared', () => {
    const manifest = build('firefox');
    expect(manifest.background).toEqual({ scripts: ['src/background/main.ts'], type: 'module' });
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'src/panel/index.html' });
    expect(manifest.browser_specific_settings).toMatchObject({
      gecko: { id: expect.any(String), data_collection_permissions: { required: ['none'] } },
    });
  });
});

describe('the image check', () => {
  it.each(['chrome', 'firefox', 'chrome-test', 'firefox-test'])(
    '%s: extension pages may compile WASM, and nothing else is loosened',
    (mode) => {
      const csp = build(mode).content_security_policy as { extension_pages: string };
      expect(csp).toEqual({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" });
      expect(EXTENSION_PAGES_CSP).not.toMatch(/'unsafe-eval'|'unsafe-inline'|blob:|data:|https?:/);
    },
  );

  it('chrome asks for the offscreen permission, firefox (no offscreen API) does not', () => {
    expect(build('chrome').permissions).toContain('offscreen');
    expect(build('chrome-test').permissions).toContain('offscreen');
    expect(build('firefox').permissions).not.toContain('offscreen');
    expect(build('firefox-test').permissions).not.toContain('offscreen');
    expect(base.permissions).not.toContain('offscreen');
  });
});

describe('test builds', () => {
  it('run the content script on the localhost practice meeting', () => {
    const scripts = build('chrome-test').content_scripts as { matches: string[] }[];
    expect(scripts.at(-1)).toMatchObject({ matches: ['http://localhost/*', 'http://127.0.0.1/*'] });
    expect(scripts.flatMap((s) => s.matches)).toEqual(expect.arrayContaining(MEETING_SITES));
  });

  it('chrome-test carries a real public key, giving a stable extension id', () => {
    const der = Buffer.from(TEST_KEY, 'base64');
    expect(der.subarray(0, 2).toString('hex')).toBe('3082'); // an ASN.1 SEQUENCE, as SPKI DER is
    const id = [...createHash('sha256').update(der).digest('hex').slice(0, 32)]
      .map((c) => String.fromCharCode(97 + parseInt(c, 16)))
      .join('');
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(build('chrome-test').key).toBe(TEST_KEY);
  });

  it('unknown modes fail loudly', () => {
    expect(() => targetFor('safari')).toThrow(/Unknown build mode/);
  });
});
