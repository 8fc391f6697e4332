/** The figures the bench reports for each latency: sample count and percentiles, in ms. */
export interface Summary {
  n: number;
  p50: number;
  p95: number;
}

/** Adds the spread, for results.json only (the table shows the Summary). */
export interface Distribution extends Summary {
  min: number;
  max: number;
  mean: number;
}

/**
 * Percentile by linear interpolation between closest ranks (Hyndman & Fan type 7, the default
 * of R, NumPy and spreadsheets), so p95 of 50 samples is not simply the 3rd-worst.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

export function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / (sorted.length || 1);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted.at(-1) ?? NaN),
    mean: round(mean),
  };
}

export function summary(samples: readonly number[]): Summary {
  const { n, p50, p95 } = distribution(samples);
  return { n, p50, p95 };
}

