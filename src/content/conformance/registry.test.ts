import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHealthPart } from '../../shared/model/health-parts';
import { PLATFORM_ALL_FRAMES, PLATFORM_MATCHES } from '../../shared/model/platform';
import { ADAPTERS } from '../platforms/registry';

const SRC = join(import.meta.dirname, '..', '..');
const PLATFORMS = join(SRC, 'content', 'platforms');
const folders = readdirSync(PLATFORMS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const realClients = folders.filter((folder) => folder !== 'practice');

describe('platform registry', () => {
  it('registers exactly one adapter per folder under src/content/platforms/', () => {
    expect(folders.length).toBeGreaterThan(0);
    expect(ADAPTERS.map((adapter) => adapter.id).sort()).toEqual(folders);
  });

  it.each(folders)('%s has adapter.ts, selectors.ts, NOTES.md and a conformance test', (folder) => {
    for (const file of ['adapter.ts', 'selectors.ts', 'NOTES.md']) {
      expect(existsSync(join(PLATFORMS, folder, file)), `${folder}/${file}`).toBe(true);
    }
    expect(existsSync(join(SRC, 'content', 'conformance', `${folder}.contract.test.ts`))).toBe(true);
  });

  it.each(realClients)('%s has a replica of its client with its sources (src/replicas/%s)', (folder) => {
    for (const file of ['client.ts', 'page.ts', 'NOTES.md']) {
      expect(existsSync(join(SRC, 'replicas', folder, file)), `replicas/${folder}/${file}`).toBe(true);
    }
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))(
    '%s: manifest data and health parts come from the shared lists',
    (_id, adapter) => {
      expect(adapter.matchPatterns).toEqual(adapter.id === 'practice' ? [] : PLATFORM_MATCHES[adapter.id]);
      expect(adapter.allFrames).toBe(PLATFORM_ALL_FRAMES[adapter.id]);
      // Every part a probe names has a label in the panel (HEALTH_PARTS, checked by i18n.test.ts).
      const parts = Object.keys(adapter.probe(document.implementation.createHTMLDocument('')).parts);
      expect(parts.length).toBeGreaterThan(0);
      expect(parts.filter((part) => !isHealthPart(part))).toEqual([]);
    },
  );
});
