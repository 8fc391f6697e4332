import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../platforms/registry';

const PLATFORMS = join(import.meta.dirname, '..', 'platforms');
const folders = readdirSync(PLATFORMS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('platform registry', () => {
  it('registers exactly one adapter per folder under src/content/platforms/', () => {
    expect(folders.length).toBeGreaterThan(0);
    expect(ADAPTERS.map((adapter) => adapter.id).sort()).toEqual(folders);
  });

  it.each(folders)('%s has adapter.ts, selectors.ts and NOTES.md', (folder) => {
    for (const file of ['adapter.ts', 'selectors.ts', 'NOTES.md']) {
      expect(existsSync(join(PLATFORMS, folder, file)), `${folder}/${file}`).toBe(true);
    }
  });
});
