import os from 'node:os';
import { detectionStages, floorStages, panicStages } from './breakdown';
import type { DetectionResult } from './detection';
import type { FloorRun } from './floor';
import { klmEstimate } from './klm';
import type { PanicRun } from './panic';
import type { ShieldMeasurements } from './shield/measure';
import { SHIELD_DEFINITIONS, summariseShield } from './shield/summary';
import { judgeTargets } from './targets';
import type { ImageCheckFigures } from './image-check';
import { distribution, summary } from './stats';

/** The practice meeting's default: menu items render this long after a menu opens. */
export const MENU_DELAY_MS = 150;

export interface Measurements {
  detection: DetectionResult;
  panicRuns: PanicRun[];
  floorRuns: FloorRun[];
  settings: { joins: number; joinIntervalMs: number; crowd: number; runs: number; warmUpRuns: number };
  /** Issue 10: Shield, safe view, the raid sweep and a big meeting (shield/). */
  shield: ShieldMeasurements;
  shieldSettings: { shieldRuns: number; sweepRuns: number; scale: { roster: number; joinsPerSecond: number; seconds: number } };
  /** Per-frame cost of the on-device image classifier, when image-check.ts measured it. */
  imageCheck?: ImageCheckFigures;
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
  const shield = summariseShield(input.shield);
  const imageCheck = input.imageCheck && splitImageCheck(input.imageCheck);
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
    settings: { menuDelayMs: MENU_DELAY_MS, ...input.settings, ...input.shieldSettings },
    detection: detectionSummary,
    panic,
    panicFirstStep,
    panicFloor,
    panicRatio,
    ...shield.figures,
    ...(imageCheck ? { imageCheck: imageCheck.summary } : {}),
    klm: klmEstimate(MENU_DELAY_MS),
    targets: judgeTargets({ detection: detectionSummary, panicRatio, panicFirstStep, ...shield.figures }),
    definitions: DEFINITIONS,
    details: {
      distributions: {
        detection: distribution(detection.latencies),
        panic: distribution(panicMs),
        panicEffects: distribution(okRuns.map((r) => r.effects)),
        panicFirstStep: distribution(okRuns.map((r) => r.firstStep)),
        panicFloor: distribution(floorMs),
        ...shield.details.distributions,
      },
      detectionStages: detectionStages(detection.stages),
      panicStages: panicStages(okRuns),
      floorStages: floorStages(floorRuns),
      shieldStages: shield.details.shieldStages,
      shieldFloorStages: shield.details.shieldFloorStages,
      safeViewStages: shield.details.safeViewStages,
      safeViewBlurredAtFirstFrame: shield.details.safeViewBlurredAtFirstFrame,
      shieldRunsNotOk: shield.details.shieldRunsNotOk,
      raidSweepRunsNotOk: shield.details.raidSweepRunsNotOk,
      shieldFailedRuns: shield.details.failedRuns,
      ...(shield.details.scale ? { scale: shield.details.scale } : {}),
      ...(imageCheck ? { imageCheck: imageCheck.details } : {}),
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
        ...shield.details.samples,
      },
    },
  };
}

/** The headline `{n, p50, p95}` for the table; load, first frame and round trip go to details. */
function splitImageCheck({ n, p50, p95, ...details }: ImageCheckFigures) {
  return { summary: { n, p50, p95 }, details };
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
  ...SHIELD_DEFINITIONS,
  imageCheck:
    "per-frame cost of the on-device image classifier (e2e/bench/image-check.ts, run first): decode + inference inside the page that runs the model (the verdict's ms), over neutral frames after 3 warm-ups; details.imageCheck holds the model load, the first frame and the worker's round trip",
  percentiles: 'linear interpolation between closest ranks (type 7)',
};
