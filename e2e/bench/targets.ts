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
  // Issue 10.
  shieldP95Ms: 300,
  shieldRatio: 1.2,
  safeViewP95Ms: 50,
  /** Chromium reports long tasks from 50 ms: met when none was reported. */
  scaleLongestTaskMs: 50,
  scaleBatchP95Ms: 2,
} as const;

export interface TargetInputs {
  detection: Summary;
  panicRatio: number;
  panicFirstStep: Summary;
  shield?: Summary;
  shieldRatio?: number;
  safeView?: Summary;
  scale?: { longestTaskMs: number; batchP95Ms: number };
}

const under = (metric: string, value: number, limit: number): Target => ({
  metric,
  rule: `p95 < ${limit} ms`,
  value,
  met: value < limit,
});

const atMost = (metric: string, value: number, limit: number, rule = `≤ ${limit}`): Target => ({
  metric,
  rule,
  value,
  met: value <= limit,
});

export function judgeTargets(results: TargetInputs): Target[] {
  const targets = [
    under('detection', results.detection.p95, TARGETS.detectionP95Ms),
    atMost('panicRatio', results.panicRatio, TARGETS.panicRatio),
    under('panicFirstStep', results.panicFirstStep.p95, TARGETS.panicFirstStepP95Ms),
  ];
  if (results.shield) targets.push(under('shield', results.shield.p95, TARGETS.shieldP95Ms));
  if (results.shieldRatio !== undefined) targets.push(atMost('shieldRatio', results.shieldRatio, TARGETS.shieldRatio));
  if (results.safeView) targets.push(under('safeView', results.safeView.p95, TARGETS.safeViewP95Ms));
  if (results.scale) {
    const { longestTaskMs, batchP95Ms } = results.scale;
    const noLongTask = `no task > ${TARGETS.scaleLongestTaskMs} ms`;
    targets.push(atMost('scale.longestTaskMs', longestTaskMs, TARGETS.scaleLongestTaskMs, noLongTask));
    targets.push(under('scale.batchP95Ms', batchP95Ms, TARGETS.scaleBatchP95Ms));
  }
  return targets;
}
