import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResults } from './results';
import type { Summary } from './stats';
import type { Target } from './targets';

const cell = (value: string | number, width: number) => String(value).padEnd(width);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

/** The main table: one line per latency, then the ratio and the by-hand estimate. */
export function formatTable(
  rows: { name: string; summary: Summary }[],
  extra: { name: string; value: string }[],
  targets: Target[],
): string {
  const targetOf = (metric: string) => targets.find((t) => t.metric === metric);
  const lines = [
    [cell('metric', 16), cell('n', 5), cell('p50 ms', 9), cell('p95 ms', 9), cell('target', 14), 'met'].join(' '),
  ];
  for (const { name, summary } of rows) {
    const target = targetOf(name);
    lines.push(
      [
        cell(name, 16),
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
      [cell(name, 16), cell('', 5), cell(value, 19), cell(target?.rule ?? '', 14), target ? (target.met ? 'yes' : 'NO') : '']
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
      ],
      [
        { name: 'panicRatio', value: results.panicRatio.toFixed(2) },
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
    '',
    ...results.targets.map((t) => `${t.met ? 'MET   ' : 'MISSED'} ${t.metric} ${t.rule} (${t.value})`),
  ];
  return lines.join('\n');
}
