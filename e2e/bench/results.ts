import os from 'node:os';
import { detectionStages, floorStages, panicStages } from './breakdown';
import type { DetectionResult } from './detection';
import type { FloorRun } from './floor';
import { klmEstimate } from './klm';
import type { PanicRun } from './panic';
import { judgeTargets } from './targets';
import { distribution, summary } from './stats';

/** The practice meeting's default: menu items render this long after a menu opens. */
export const MENU_DELAY_MS = 150;

export interface Measurements {
  detection: DetectionResult;
  panicRuns: PanicRun[];
  floorRuns: FloorRun[];
  settings: { joins: number; joinIntervalMs: number; crowd: number; runs: number; warmUpRuns: number };
  browserVersion: string;
  started: number;
  /** 1-minute load average: other work on the machine shows up as latency spikes. */
  load: { before: number; after: number };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** What bench/results.json holds: the headline figures first, then how they were obtained. */
export function summarise(input: Measurements) {
  const { detection, panicRuns, floorRuns } = input;
  // A run whose steps were not all verified ok did not contain the meeting: not a latency.
  const okRuns = panicRuns.filter((r) => r.ok);
  const panicMs = okRuns.map((r) => r.finished);
  const floorMs = floorRuns.map((r) => r.contained - r.t0);
  const panic = summary(panicMs);
  const panicFloor = summary(floorMs);
  const panicFirstStep = summary(okRuns.map((r) => r.firstStep));
  const panicRatio = Math.round((panic.p50 / panicFloor.p50) * 100) / 100;
  const detectionSummary = summary(detection.latencies);
  return {
    generatedAt: new Date(input.started).toISOString(),
    environment: {
      browser: `Chromium ${input.browserVersion} (headless)`,
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      build: 'dist/chrome-test',
      loadAverage1m: input.load,
    },
    settings: { menuDelayMs: MENU_DELAY_MS, ...input.settings },
    detection: detectionSummary,
    panic,
    panicFirstStep,
    panicFloor,
    panicRatio,
    klm: klmEstimate(MENU_DELAY_MS),
    targets: judgeTargets({ detection: detectionSummary, panicRatio, panicFirstStep }),
    definitions: DEFINITIONS,
    details: {
      distributions: {
        detection: distribution(detection.latencies),
        panic: distribution(panicMs),
        panicEffects: distribution(okRuns.map((r) => r.effects)),
        panicFirstStep: distribution(okRuns.map((r) => r.firstStep)),
        panicFloor: distribution(floorMs),
      },
      detectionStages: detectionStages(detection.stages),
      panicStages: panicStages(okRuns),
      floorStages: floorStages(floorRuns),
      detectionMissing: detection.missing.length,
      panicRunsNotOk: input.settings.runs - okRuns.length,
      clockOffsetsMs: detection.clockOffsets,
      detectionSessionKb: detection.sessionKb,
      durationSeconds: Math.round((Date.now() - input.started) / 1000),
      samples: {
        detection: detection.latencies.map(round1),
        panic: panicMs.map(round1),
        panicFirstStep: okRuns.map((r) => round1(r.firstStep)),
        panicFloor: floorMs.map(round1),
      },
    },
  };
}

export type BenchResults = ReturnType<typeof summarise>;

const DEFINITIONS = {
  detection: "page join (__practiceLog t) → its 'joined' alert row inserted in the panel tab (MutationObserver)",
  panic:
    "page clock right before CDP panic shortcut → the background's panic.finishedAt (Date.now(), moved onto the page clock): every step verified on the page and recorded in the session",
  panicFirstStep: "same t0 → 'share-stopped' (by the row menu) in __practiceLog",
  panicFloor:
    'an in-page script taking the same menu path with MutationObserver waits: its first click → banner, lock and empty stage',
  panicRatio: 'panic p50 / panicFloor p50',
  percentiles: 'linear interpolation between closest ranks (type 7)',
};
