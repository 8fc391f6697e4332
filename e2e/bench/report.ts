import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResults } from './results';
import type { Summary } from './stats';
import type { Target } from './targets';

const cell = (value: string | number, width: number) => String(value).padEnd(width);
/** Wide enough for `scale.longestTaskMs`. */
const METRIC_WIDTH = 20;
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

/** The main table: one line per latency, then the ratio and the by-hand estimate. */
export function formatTable(
  rows: { name: string; summary: Summary }[],
  extra: { name: string; value: string }[],
  targets: Target[],
): string {
  const targetOf = (metric: string) => targets.find((t) => t.metric === metric);
  const lines = [
    [cell('metric', METRIC_WIDTH), cell('n', 5), cell('p50 ms', 9), cell('p95 ms', 9), cell('target', 14), 'met'].join(' '),
  ];
  for (const { name, summary } of rows) {
    const target = targetOf(name);
    lines.push(
      [
        cell(name, METRIC_WIDTH),
        cell(summary.n, 5),
        cell(ms(summary.p50), 9),
        cell(ms(summary.p95), 9),
        cell(target?.rule ?? '', 14),
        target ? (target.met ? 'yes' : 'NO') : '',
      ].join(' '),
    );
  }
  for (const { name, value } of extra) {
    const target = targetOf(name);
    lines.push(
      [cell(name, METRIC_WIDTH), cell('', 5), cell(value, 19), cell(target?.rule ?? '', 14), target ? (target.met ? 'yes' : 'NO') : '']
        .join(' ')
        .trimEnd(),
    );
  }
  return lines.join('\n');
}

/** One line per stage, p50 and p95, for the breakdowns. */
export function formatStages(title: string, stages: Record<string, { p50: number; p95: number }>): string {
  const lines = [title];
  for (const [name, { p50, p95 }] of Object.entries(stages)) {
    lines.push(`  ${cell(name, 50)} p50 ${cell(ms(p50), 8)} p95 ${ms(p95)}`);
  }
  return lines.join('\n');
}

export async function writeResults(file: string, results: object): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}

/** The console report: the table, the KLM operators, the stage breakdowns, then each target. */
export function formatReport(results: BenchResults): string {
  const { details, klm, environment } = results;
  const busy = Math.max(environment.loadAverage1m.before, environment.loadAverage1m.after) > environment.cpus;
  const lines = [
    '',
    `Hostguard bench: ${environment.browser}, ${environment.cpus} CPUs, menu delay ${results.settings.menuDelayMs} ms, load ${environment.loadAverage1m.before} → ${environment.loadAverage1m.after}`,
    ...(busy ? ['WARNING: the load average exceeded the CPU count: other work on this machine inflates the tails.'] : []),
    '',
    formatTable(
      [
        { name: 'detection', summary: results.detection },
        { name: 'panic', summary: results.panic },
        { name: 'panicFirstStep', summary: results.panicFirstStep },
        { name: 'panicFloor', summary: results.panicFloor },
        { name: 'shield', summary: results.shield },
        { name: 'shieldFloor', summary: results.shieldFloor },
        { name: 'safeView', summary: results.safeView },
        { name: 'raidSweep', summary: results.raidSweep },
        ...('imageCheck' in results && results.imageCheck ? [{ name: 'imageCheck', summary: results.imageCheck }] : []),
      ],
      [
        { name: 'panicRatio', value: results.panicRatio.toFixed(2) },
        { name: 'shieldRatio', value: results.shieldRatio.toFixed(2) },
        ...scaleRows(results),
        { name: 'by hand (KLM)', value: `${(klm.totalMs / 1000).toFixed(2)} s` },
        { name: 'shortcut (KLM)', value: `${(klm.shortcutMs / 1000).toFixed(2)} s + panic` },
      ],
      results.targets,
    ),
    '',
    `KLM (Card, Moran & Newell): M ${klm.constantsSeconds.M} s, P ${klm.constantsSeconds.P} s, B ${klm.constantsSeconds.B} s, K ${klm.constantsSeconds.K} s, H ${klm.constantsSeconds.H} s, R = menu delay ${klm.menuDelayMs} ms`,
    `  by hand:  ${klm.sequence}`,
    `  shortcut: ${klm.shortcutSequence}`,
    '',
    formatStages(`Detection, per join (ms; the stored session ends at ${details.detectionSessionKb} KB):`, details.detectionStages),
    formatStages('Panic, per run (ms):', details.panicStages),
    formatStages('Floor, per run (ms):', details.floorStages),
    formatStages('Shield, per run (ms):', details.shieldStages),
    formatStages('Shield floor, per run (ms):', details.shieldFloorStages),
    formatStages(
      `Safe view, per run (ms; blurred at the first frame in ${details.safeViewBlurredAtFirstFrame} runs):`,
      details.safeViewStages,
    ),
    ...scaleDetails(results),
    '',
    ...results.targets.map((t) => `${t.met ? 'MET   ' : 'MISSED'} ${t.metric} ${t.rule} (${t.value})`),
  ];
  return lines.join('\n');
}

function scaleRows(results: BenchResults): { name: string; value: string }[] {
  if (!('scale' in results) || !results.scale) return [];
  const { longestTaskMs, batchP95Ms, memoryMB } = results.scale;
  return [
    { name: 'scale.longestTaskMs', value: `${ms(longestTaskMs)} ms` },
    { name: 'scale.batchP95Ms', value: `${batchP95Ms.toFixed(2)} ms` },
    { name: 'scale.memoryMB', value: `${memoryMB.toFixed(1)} MB` },
  ];
}

function scaleDetails(results: BenchResults): string[] {
  const scale = 'scale' in results.details ? results.details.scale : undefined;
  if (!scale) return ['Scale: not measured (the run failed, see above).'];
  const worker = scale.workerMemoryMB === undefined ? 'not measured' : `${scale.workerMemoryMB.toFixed(1)} MB`;
  return [
    `Scale: ${scale.joins} joins, ${scale.passes} observer passes (p50 ${scale.passP50Ms} ms, longest ${scale.longestPassMs} ms); ` +
      `${scale.longTasks} long tasks, Hostguard's passes ${scale.longestTaskHostguardMs} ms of the longest; worker heap ${worker}` +
      (scale.settledBeforeJoins ? '' : '; WARNING: the roster had not settled before the joins'),
  ];
}
