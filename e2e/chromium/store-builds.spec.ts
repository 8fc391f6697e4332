import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GECKO_ID } from '../../src/build/manifest-for-target';
import { BUILD_DIRS } from '../support/paths';
import { expect, test } from '../support/fixtures';

const manifestOf = (dir: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

/** Local practice access is for test builds only: no pattern anywhere may reach localhost. */
const LOCAL = /localhost|127\.0\.0\.1/;

test('the Chrome store build has no localhost access and no fixed key', () => {
  const manifest = manifestOf(BUILD_DIRS.chrome);
  expect(JSON.stringify(manifest)).not.toMatch(LOCAL);
  expect(manifest).not.toHaveProperty('key');
  expect(manifest.name).not.toMatch(/test/i);
});

test('the Firefox store build has its gecko id and data collection permissions, no localhost', () => {
  const manifest = manifestOf(BUILD_DIRS.firefox);
  expect(JSON.stringify(manifest)).not.toMatch(LOCAL);
  expect(manifest).toHaveProperty('browser_specific_settings.gecko.id', GECKO_ID);
  expect(manifest).toHaveProperty('browser_specific_settings.gecko.data_collection_permissions.required');
  expect(manifest).not.toHaveProperty('key');
});

/** Every JavaScript file a build ships, as text. */
const bundlesOf = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));

test('the test-only background hook ships in test builds and never in store builds', () => {
  const hook = '__hostguardTest';
  expect(bundlesOf(BUILD_DIRS.chromeTest).some((code) => code.includes(hook))).toBe(true);
  for (const dir of [BUILD_DIRS.chrome, BUILD_DIRS.firefox]) {
    expect(bundlesOf(dir).filter((code) => code.includes(hook))).toEqual([]);
  }
});

test('no build evaluates strings as code or loads remote scripts (MV3 remote-code policy)', () => {
  for (const dir of [BUILD_DIRS.chrome, BUILD_DIRS.firefox]) {
    for (const code of bundlesOf(dir)) {
      expect(code).not.toMatch(/\beval\(|new Function\(|import\(\s*["']https?:/);
    }
  }
});
