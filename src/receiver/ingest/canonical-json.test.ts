// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalBody, canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('gives the same text whatever the key order, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ y: 1, x: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[{"x":2,"y":1}]},"b":1}',
    );
  });

  it('keeps strings byte-exact, including NUL and lone surrogates', async () => {
    const name = 'Nul\u0000byte \ud800 \u202e';
    const { json, sha256 } = await canonicalBody({ name });
    expect(JSON.parse(json).name).toBe(name);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('treats __proto__ as an ordinary key', () => {
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"a":2}'))).toBe('{"__proto__":{"x":1},"a":2}');
  });
});
