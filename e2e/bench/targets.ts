import type { Summary } from './stats';

/** The goals the lead set; the bench reports whether each is met but never fails on them. */
export interface Target {
  metric: string;
  rule: string;
  value: number;
  met: boolean;
}

export const TARGETS = {
  detectionP95Ms: 100,
  panicRatio: 1.2,
  panicFirstStepP95Ms: 300,
} as const;

export function judgeTargets(results: {
  detection: Summary;
  panicRatio: number;
  panicFirstStep: Summary;
}): Target[] {
  return [
    {
      metric: 'detection',
      rule: `p95 < ${TARGETS.detectionP95Ms} ms`,
      value: results.detection.p95,
      met: results.detection.p95 < TARGETS.detectionP95Ms,
    },
    {
      metric: 'panicRatio',
      rule: `≤ ${TARGETS.panicRatio}`,
      value: results.panicRatio,
      met: results.panicRatio <= TARGETS.panicRatio,
    },
    {
      metric: 'panicFirstStep',
      rule: `p95 < ${TARGETS.panicFirstStepP95Ms} ms`,
      value: results.panicFirstStep.p95,
      met: results.panicFirstStep.p95 < TARGETS.panicFirstStepP95Ms,
    },
  ];
}
