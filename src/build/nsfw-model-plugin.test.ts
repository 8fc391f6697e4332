import { describe, expect, it } from 'vitest';
import { decodeModel, evaluateBundle, expectedWeightBytes } from './nsfw-model-plugin';

describe('nsfw model plugin', () => {
  it('unwraps a browserify bundle without giving it require or process', () => {
    const bundle = 'module.exports = [typeof require, typeof process, "data"]';
    expect(evaluateBundle(bundle)).toEqual(['undefined', 'undefined', 'data']);
  });

  it('decodes MobileNetV2Mid into a graph model.json and binary shards of exactly the declared size', () => {
    const { modelJson, shards } = decodeModel();
    expect(modelJson.format).toBe('graph-model');
    expect(modelJson.weightsManifest.flatMap((g) => g.paths)).toEqual(['group1-shard1of2.bin', 'group1-shard2of2.bin']);
    expect(shards.map((s) => s.fileName)).toEqual(['group1-shard1of2.bin', 'group1-shard2of2.bin']);
    const bytes = shards.reduce((n, s) => n + s.bytes.length, 0);
    expect(bytes).toBe(expectedWeightBytes(modelJson));
    // 4.3 MB of uint8-quantised weights (detection.md §1.1), not 5.7 MB of base64 text.
    expect(bytes).toBeGreaterThan(4_000_000);
    expect(bytes).toBeLessThan(4_500_000);
    expect(JSON.stringify(modelJson)).not.toMatch(/min\.js/);
  });
});
