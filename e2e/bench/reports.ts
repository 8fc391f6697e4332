import { measureOutboxWorkerKills, formatOutboxKills } from '../support/outbox-kills';
import type { BenchBrowser } from './bench-browser';
import { benchReceiver, type ReceiverFigures } from './receiver';

export interface ReportFigures {
  /** R1: the worker killed again and again while the outbox drains. */
  outbox?: { workerKills: number; lost: number; duplicates: number; delivery: { n: number; p50: number; p95: number } };
  receiver?: ReceiverFigures;
}

/**
 * Issue 11's figures: the outbox under repeated worker kills (delivery latency from filing to
 * stored at the receiver) and the receiver's ingest rate on SQLite and PostgreSQL. Either is
 * reported when it could be measured; a failure is printed, not fatal to the bench.
 */
export async function measureReports(
  bench: BenchBrowser,
  options: { reports: number; kills: number; progress: (message: string) => void },
): Promise<ReportFigures> {
  const figures: ReportFigures = {};
  const { progress } = options;
  if (options.kills > 0) {
    progress(`outbox: ${options.reports} reports, ${options.kills} worker kills…`);
    const meeting = await bench.openMeeting({});
    try {
      const kills = await measureOutboxWorkerKills(bench.extension, meeting.tabId, {
        reports: options.reports,
        kills: options.kills,
        progress,
      });
      progress(formatOutboxKills(kills));
      const { n, p50, p95 } = kills.delivery;
      figures.outbox = {
        workerKills: kills.workerKills,
        lost: kills.lost,
        duplicates: kills.duplicates,
        delivery: { n, p50, p95 },
      };
    } catch (error) {
      progress(`  the outbox could not be measured: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await meeting.close();
    }
  }
  progress('receiver: ingest rate on SQLite and PostgreSQL…');
  try {
    figures.receiver = await benchReceiver();
  } catch (error) {
    progress(`  the receiver could not be measured: ${error instanceof Error ? error.message : String(error)}`);
  }
  return figures;
}
