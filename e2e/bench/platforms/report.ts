import type { PlatformFigures } from './measure';

const ms = (value: number) => `${Math.round(value)} ms`;
const pad = (text: string, width: number) => text.padEnd(width);

/** One block per platform; targets from the issue: detection p95 < 50 ms, panicRatio <= 1.2. */
export function formatPlatforms(platforms: Record<string, PlatformFigures>): string {
  const lines = ['', 'Real clients (replicas at their real URLs, 150 ms menu delays)'];
  lines.push(`${pad('platform', 8)} ${pad('detection p50/p95', 20)} ${pad('panic p50/p95', 18)} ${pad('floor p50/p95', 18)} ${pad('ratio', 6)} roster500 longest / batch p95`);
  for (const [id, f] of Object.entries(platforms)) {
    const detectionMet = f.detection.p95 < 50 ? 'yes' : 'NO';
    const ratioMet = f.panicRatio <= 1.2 ? 'yes' : 'NO';
    lines.push(
      [
        pad(id, 8),
        pad(`${ms(f.detection.p50)} / ${ms(f.detection.p95)} ${detectionMet}`, 20),
        pad(`${ms(f.panic.p50)} / ${ms(f.panic.p95)}`, 18),
        pad(`${ms(f.panicFloor.p50)} / ${ms(f.panicFloor.p95)}`, 18),
        pad(`${f.panicRatio} ${ratioMet}`, 6),
        `${f.roster500.longestTaskMs} ms / ${f.roster500.batchP95Ms} ms`,
      ].join(' '),
    );
  }
  return lines.join('\n');
}
