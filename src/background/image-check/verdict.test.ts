import { describe, expect, it } from 'vitest';
import { EXPLICIT_THRESHOLD, explicitScore, isExplicit, verdictFromScores, type ImageScores } from './verdict';

/** Scores with `unsafe` spread over Porn/Hentai/Sexy and the rest on Neutral. */
const sample = (unsafe: number): { scores: ImageScores } => ({
  scores: { Drawing: 0, Neutral: 1 - unsafe, Porn: unsafe / 2, Hentai: unsafe / 4, Sexy: unsafe / 4 },
});

describe('isExplicit: two consecutive samples of one share over the threshold', () => {
  it('is false for an empty or a one-sample history, however explicit', () => {
    expect(isExplicit([])).toBe(false);
    expect(isExplicit([sample(0.99)])).toBe(false);
  });

  it('is true once two samples in a row reach the threshold', () => {
    expect(isExplicit([sample(0.1), sample(0.8), sample(0.75)])).toBe(true);
    expect(isExplicit([sample(EXPLICIT_THRESHOLD), sample(EXPLICIT_THRESHOLD)])).toBe(true);
  });

  it('is false when hits are separated by a safe sample', () => {
    expect(isExplicit([sample(0.9), sample(0.2), sample(0.9), sample(0.1), sample(0.95)])).toBe(false);
  });

  it('is false just under the threshold', () => {
    expect(isExplicit([sample(0.69), sample(0.69), sample(0.69)])).toBe(false);
  });

  it('counts Sexy and Hentai, not only Porn', () => {
    const sexy = { scores: { Drawing: 0, Neutral: 0.2, Porn: 0, Hentai: 0, Sexy: 0.8 } };
    const hentai = { scores: { Drawing: 0.2, Neutral: 0, Porn: 0, Hentai: 0.8, Sexy: 0 } };
    expect(isExplicit([sexy, hentai])).toBe(true);
  });

  it('ignores Drawing and Neutral, the safe classes', () => {
    const drawing = { scores: { Drawing: 0.9, Neutral: 0.1, Porn: 0, Hentai: 0, Sexy: 0 } };
    expect(isExplicit([drawing, drawing, drawing])).toBe(false);
  });
});

describe('verdictFromScores', () => {
  it('flags one frame on the summed unsafe classes and keeps the scores and time', () => {
    const verdict = verdictFromScores(sample(0.72).scores, 48);
    expect(verdict).toEqual({ explicit: true, scores: sample(0.72).scores, ms: 48 });
    expect(explicitScore(verdict.scores)).toBeCloseTo(0.72);
    expect(verdictFromScores(sample(0.3).scores, 50).explicit).toBe(false);
  });
});
