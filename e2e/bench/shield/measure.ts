import { shareBomb } from '../../support/staged-attacks';
import { serveTimeline } from '../../support/timeline';
import type { BenchBrowser } from '../bench-browser';
import { recordTripwireCommits } from './alert-commits';
import { raidTimeline, runRaidSweepOnce, type SweepRun } from './raid-sweep';
import { measureScale, type ScaleFigures, type ScaleOptions } from './scale';
import { runShieldFloorOnce, type ShieldFloorRun } from './shield-floor';
import { runShieldOnce, type ShieldRun } from './shield-run';

export interface ShieldOptions {
  /** Shield runs, and as many floor runs, interleaved (one warm-up of each first). */
  runs: number;
  sweepRuns: number;
  scale: ScaleOptions;
  progress: (message: string) => void;
}

export interface ShieldMeasurements {
  shieldRuns: ShieldRun[];
  floorRuns: ShieldFloorRun[];
  sweepRuns: SweepRun[];
  scale?: ScaleFigures;
  /** Runs that threw, by kind: reported, never fatal to the bench. */
  failures: Record<string, number>;
}

/** Issue 10's figures: Shield and its floor, safe view, the raid sweep, a big meeting under a raid. */
export async function measureShield(bench: BenchBrowser, options: ShieldOptions): Promise<ShieldMeasurements> {
  const { runs, progress } = options;
  const failures: Record<string, number> = {};
  const keep = async <T>(kind: string, into: T[], run: () => Promise<T>) => {
    try {
      into.push(await run());
    } catch (error) {
      failures[kind] = (failures[kind] ?? 0) + 1;
      progress(`  a ${kind} run failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const bombScript = serveTimeline(bench.server, shareBomb());
  const bomb = () => bombScript;
  await recordTripwireCommits(bench.panel);

  progress(`Shield and its floor: 1 warm-up each, then ${runs} runs each, interleaved…`);
  await keep('warm-up', [], () => runShieldOnce(bench, bomb()));
  await keep('warm-up', [], () => runShieldFloorOnce(bench, bomb()));
  const shieldRuns: ShieldRun[] = [];
  const floorRuns: ShieldFloorRun[] = [];
  for (let i = 0; i < runs; i++) {
    const shieldFirst = i % 2 === 0;
    if (shieldFirst) await keep('shield', shieldRuns, () => runShieldOnce(bench, bomb()));
    await keep('shieldFloor', floorRuns, () => runShieldFloorOnce(bench, bomb()));
    if (!shieldFirst) await keep('shield', shieldRuns, () => runShieldOnce(bench, bomb()));
    if ((i + 1) % 10 === 0) progress(`  ${i + 1}/${runs}`);
  }

  progress(`raid sweep: ${options.sweepRuns} sweeps of 12 joiners…`);
  const raidScript = serveTimeline(bench.server, raidTimeline());
  const sweepRuns: SweepRun[] = [];
  for (let i = 0; i < options.sweepRuns; i++)
    await keep('raidSweep', sweepRuns, () => runRaidSweepOnce(bench, raidScript));

  const { roster, joinsPerSecond, seconds } = options.scale;
  progress(`scale: a roster of ${roster}, then ${joinsPerSecond} joins a second for ${seconds} s…`);
  const scaled: ScaleFigures[] = [];
  await keep('scale', scaled, () => measureScale(bench, options.scale));
  return { shieldRuns, floorRuns, sweepRuns, scale: scaled[0], failures };
}
