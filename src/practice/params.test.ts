import { describe, expect, it } from 'vitest';
import { readParams } from './params';

describe('readParams', () => {
  it('has the documented defaults', () => {
    expect(readParams(new URLSearchParams())).toEqual({
      scenario: 'calm',
      autostart: false,
      delay: 150,
      seed: 1,
      count: 200,
      interval: 100,
      script: null,
      inert: false,
    });
  });

  it('reads and bounds numbers; garbage falls back to the default', () => {
    const params = readParams(new URLSearchParams('delay=99999999&seed=abc&count=0&interval=-5&autostart=1'));
    expect(params).toMatchObject({ delay: 60_000, seed: 1, count: 1, interval: 0, autostart: true });
  });
});
