import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { packageNames } from '../../src/build/package';
import { documentedAccess } from '../support/documented-permissions';
import { launchExtension } from '../support/extension';
import { BUILD_DIRS } from '../support/paths';
import { expect, test } from '../support/fixtures';

const version = (JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string }).version;
const zips = packageNames(version);
const sorted = (list: unknown) => [...((list as string[] | undefined) ?? [])].sort();

function manifestIn(zip: string): Record<string, unknown> {
  const files = unzipSync(readFileSync(zip));
  expect(Object.keys(files), `${zip} has a manifest at its root`).toContain('manifest.json');
  return JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Record<string, unknown>;
}

for (const browser of ['chrome', 'firefox'] as const) {
  test(`the ${browser} store zip asks for exactly the permissions and origins the README documents`, () => {
    const manifest = manifestIn(zips[browser]);
    const doc = documentedAccess();
    const permissions =
      browser === 'chrome' ? doc.permissions : doc.permissions.filter((p) => !doc.chromeOnly.includes(p));
    expect(sorted(manifest.permissions)).toEqual(sorted(permissions));
    expect(sorted(manifest.host_permissions)).toEqual(sorted(doc.hostPermissions));
    expect(sorted(manifest.optional_host_permissions)).toEqual(sorted(doc.optionalHostPermissions));
    // The content script runs on exactly the documented origins, and nothing is web-accessible.
    const scripts = (manifest.content_scripts as { matches: string[] }[]).flatMap((s) => s.matches);
    expect(sorted(scripts)).toEqual(sorted(doc.hostPermissions));
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1/);
    // `<all_urls>` only as the optional grant the host may give for screenshots, never at install.
    const { optional_host_permissions: _optional, ...granted } = manifest;
    expect(JSON.stringify(granted)).not.toMatch(/<all_urls>/);
    expect(manifest).not.toHaveProperty('key');
  });
}

test('the source zip holds what a reviewer needs to rebuild', () => {
  const files = Object.keys(unzipSync(readFileSync(zips.source)));
  expect(files).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'vite.config.ts', 'README.md']));
  expect(files.some((file) => file.startsWith('src/content/'))).toBe(true);
  expect(files.some((file) => file.startsWith('dist/') || file.startsWith('node_modules/'))).toBe(false);
});

test('the Chrome store build loads and holds exactly its declared permissions, nothing more', async () => {
  const store = await launchExtension({ dir: BUILD_DIRS.chrome });
  try {
    const worker = await store.serviceWorker();
    const granted = await worker.evaluate(() => chrome.permissions.getAll());
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(sorted(granted.permissions)).toEqual(sorted(manifest.permissions));
    // Chrome grants host access per origin: `https://app.zoom.us/wc/*` counts as `https://app.zoom.us/*`.
    const declared: string[] = manifest.host_permissions ?? [];
    const perOrigin = declared.map((pattern: string) => pattern.replace(/^([a-z*]+:\/\/[^/]+)\/.*$/, '$1/*'));
    expect(sorted(granted.origins)).toEqual(sorted([...new Set([...declared, ...perOrigin])]));
    expect(manifest.name).toBe('Hostguard');
    // It runs: the background answers, and no test hook exists in it.
    expect(await worker.evaluate(() => typeof (globalThis as { __hostguardTest?: unknown }).__hostguardTest)).toBe(
      'undefined',
    );
  } finally {
    await store.close();
  }
});
