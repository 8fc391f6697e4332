import { describe, expect, it } from 'vitest';
import { ScriptError, parseSteps } from './steps';

describe('parseSteps (JSON timelines)', () => {
  it('accepts every step type and defaults `at` to the previous step', () => {
    const steps = parseSteps([
      { at: 100, type: 'join', id: 'a', name: 'A', role: 'cohost' },
      { type: 'share-start', id: 'a' },
      { at: 300, type: 'chat', id: 'a', text: 'hi' },
      { type: 'rename', id: 'a', to: 'B' },
      { type: 'share-stop', id: 'a' },
      { type: 'rejoin-after-removal', id: 'a', name: 'A2', after: 10 },
      { type: 'leave', id: 'a' },
    ]);
    expect(steps.map((s) => [s.type, s.at])).toEqual([
      ['join', 100],
      ['share-start', 100],
      ['chat', 300],
      ['rename', 300],
      ['share-stop', 300],
      ['rejoin-after-removal', 300],
      ['leave', 300],
    ]);
  });

  it('keeps hostile names byte for byte (they are the point of such scripts)', () => {
    const name = `<img src=x onerror=alert(1)>\u202E\u200B${'x'.repeat(10_000)}`;
    expect(parseSteps([{ type: 'join', name }])[0]).toMatchObject({ name });
  });

  it.each([
    ['not an array', /JSON array/],
    [[{ type: 'explode' }], /step 1: unknown type/],
    [[{ type: 'leave' }], /step 1: missing "id"/],
    [[{ type: 'leave', id: '../x' }], /bad "id"/],
    [[{ type: 'join', name: 5 }], /bad "name"/],
    [[{ type: 'join', name: 'A', at: -1 }], /bad "at"/],
    [[{ type: 'join', name: 'A', role: 'host' }], /bad "role"/],
    [[{ type: 'join', name: 'A' }, null], /step 2: not an object/],
  ])('rejects %j', (input, message) => {
    expect(() => parseSteps(input)).toThrow(ScriptError);
    expect(() => parseSteps(input)).toThrow(message);
  });
});
