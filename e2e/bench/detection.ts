import type { BenchBrowser } from './bench-browser';
import { dateNowOffset } from './page-clock';
import { installPanelRecorder, readPanelRecorder, recordedRowCount } from './panel-recorder';
import { pollUntil } from './poll';
import { BASE_ROSTER } from '../../src/practice/names';
import { readPanelRoster } from '../support/panel-dom';
import { spacedJoins } from '../support/staged-attacks';
import { serveTimeline, type TimelineStep } from '../support/timeline';

export interface DetectionOptions {
  joins: number;
  intervalMs: number;
  /**
   * Profiling a big meeting: this many participants join at once first (`--crowd`), and the
   * measured joins start `crowdSettleMs` later (default 10 s; here the background holds 2,000 within 1 s).
   */
  crowd?: number;
  crowdSettleMs?: number;
}

const MEASURED = 'Bench Joiner';

/** Per-join stage durations (ms); see `measureDetection`. */
export interface DetectionStages {
  pageToContent: number[];
  contentToBackground: number[];
  backgroundToPanel: number[];
  panelRender: number[];
}

export interface DetectionResult {
  /** Page join (practice log) → its `joined` alert row in the panel, per join. */
  latencies: number[];
  stages: DetectionStages;
  /** Joins whose alert row never appeared. */
  missing: string[];
  clockOffsets: { page: number; panel: number };
  /** Size of the stored session at the end (JSON), which every write carries in full. */
  sessionKb: number;
}

type JoinEntry = { t: number; type: string; name?: string };

/**
 * Detection latency: `joins` unique joiners, one every `intervalMs`, in one practice meeting.
 * Each join's page time (`__practiceLog`) is matched by name to the moment its alert row entered
 * the panel's DOM (a MutationObserver in the panel). Both are `performance.timeOrigin + now()`.
 *
 * Stages, for the profile: the content script's event stamp (`alert.at`, Date.now() in the
 * page), the session's `updatedAt` (Date.now() in the background, when it folded the batch), the
 * panel's storage.onChanged, and the row. Date.now() stamps are moved onto page clocks with
 * `dateNowOffset`, so stage sums match the headline to within ~1 ms.
 */
export async function measureDetection(bench: BenchBrowser, options: DetectionOptions): Promise<DetectionResult> {
  const script = serveTimeline(bench.server, timelineFor(options));
  await bench.panel.evaluate(installPanelRecorder);
  const meeting = await bench.openMeeting({ script });
  try {
    // Steady state first: the panel shows this meeting's roster before the raid begins.
    await pollUntil(
      async () => (await bench.panel.evaluate(readPanelRoster)).length >= BASE_ROSTER.length,
      "the meeting's roster in the panel",
    );
    await meeting.page.click('#pm-start-scenario');
    await pollUntil(
      async () => (await bench.panel.evaluate(recordedRowCount, MEASURED)) >= options.joins,
      `${options.joins} joined alerts in the panel`,
      { timeoutMs: options.joins * options.intervalMs + settleMsOf(options) + 15_000, everyMs: 250 },
    );
    const joined = (await meeting.page.evaluate(
      (prefix) =>
        (window as { __practiceLog?: JoinEntry[] }).__practiceLog?.filter(
          (e) => e.type === 'joined' && e.name?.startsWith(prefix),
        ) ?? [],
      MEASURED,
    )) as JoinEntry[];
    const recorder = await bench.panel.evaluate(readPanelRecorder);
    const session = await meeting.session();
    const alerts = session?.alerts.filter((a) => a.kind === 'joined') ?? [];
    const alertAt = new Map(alerts.map((a) => [a.name ?? '', a.at]));
    const clockOffsets = { page: await dateNowOffset(meeting.page), panel: await dateNowOffset(bench.panel) };

    const result: DetectionResult = {
      latencies: [],
      stages: { pageToContent: [], contentToBackground: [], backgroundToPanel: [], panelRender: [] },
      missing: [],
      clockOffsets,
      sessionKb: Math.round(JSON.stringify(session ?? {}).length / 1024),
    };
    for (const join of joined) {
      const name = join.name ?? '';
      const row = recorder.rows[name];
      if (!row) {
        result.missing.push(name);
        continue;
      }
      result.latencies.push(row.rowAt - join.t);
      const heard = recorder.heard[name];
      const contentAt = alertAt.get(name);
      if (!heard || contentAt === undefined) continue;
      // Everything on the Date.now() scale: page and panel clocks shifted by their offsets.
      const pageJoin = join.t + clockOffsets.page;
      const panelHeard = heard.heardAt + clockOffsets.panel;
      result.stages.pageToContent.push(contentAt - pageJoin);
      result.stages.contentToBackground.push(heard.updatedAt - contentAt);
      result.stages.backgroundToPanel.push(panelHeard - heard.updatedAt);
      result.stages.panelRender.push(row.rowAt - heard.heardAt);
    }
    return result;
  } finally {
    await meeting.close();
  }
}

const settleMsOf = (options: DetectionOptions) => (options.crowd ? (options.crowdSettleMs ?? 10_000) : 0);

/** The crowd (if any) at once, then the measured joins with unique names, one every `intervalMs`. */
function timelineFor(options: DetectionOptions): TimelineStep[] {
  const crowd = Array.from({ length: options.crowd ?? 0 }, (_, i) => ({
    at: 0,
    type: 'join' as const,
    id: `c${i + 1}`,
    name: `Crowd ${i + 1}`,
  }));
  const nameOf = (i: number) => `${MEASURED} ${String(i + 1).padStart(3, '0')}`;
  const offset = settleMsOf(options);
  const measured = spacedJoins(options.joins, options.intervalMs, nameOf).map((step) => ({
    ...step,
    at: (step.at ?? 0) + offset,
  }));
  return [...crowd, ...measured];
}
