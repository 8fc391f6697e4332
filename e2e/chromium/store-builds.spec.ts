import { readFileSync } from 'node:fs';
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
