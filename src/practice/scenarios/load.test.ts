import { describe, expect, it, vi } from 'vitest';
import { readParams } from '../params';
import { loadScenario } from './load';

const PAGE = 'http://localhost:4173/src/practice/index.html';
const params = (query: string) => readParams(new URLSearchParams(query));

describe('loadScenario', () => {
  it('resolves a built-in scenario by name', async () => {
    const loaded = await loadScenario(params('scenario=join-burst'), PAGE);
    expect(loaded.label).toBe('join-burst');
    expect(loaded.steps).toHaveLength(12);
  });

  it('fetches a same-origin script, relative or absolute', async () => {
    const fetchJson = vi.fn(async (_url: URL): Promise<unknown> => [{ type: 'join', name: 'Scripted' }]);
    await loadScenario(params('script=/fixtures/a.json'), PAGE, fetchJson);
    await loadScenario(params('script=http://localhost:4173/b.json'), PAGE, fetchJson);
    expect(fetchJson.mock.calls.map(([url]) => String(url))).toEqual([
      'http://localhost:4173/fixtures/a.json',
      'http://localhost:4173/b.json',
    ]);
  });

  it.each(['https://evil.example/raid.json', '//evil.example/raid.json', 'http://localhost:9999/a.json', 'data:,[]'])(
    'rejects the other-origin script %s without fetching it',
    async (script) => {
      const fetchJson = vi.fn(async (_url: URL): Promise<unknown> => []);
      await expect(loadScenario(params(`script=${encodeURIComponent(script)}`), PAGE, fetchJson)).rejects.toThrow(
        /Script rejected/,
      );
      expect(fetchJson).not.toHaveBeenCalled();
    },
  );

  it('names the valid scenarios when the name is unknown', async () => {
    await expect(loadScenario(params('scenario=zombie'), PAGE)).rejects.toThrow(/use one of calm, join-burst/);
  });
});
