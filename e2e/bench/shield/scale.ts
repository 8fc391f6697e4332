import type { Page } from '@playwright/test';
import { OBSERVER_PASS_MEASURE } from '../../../src/content/kit/observe-page';
import { BASE_ROSTER } from '../../../src/practice/names';
import { spacedJoins } from '../../support/staged-attacks';
import { serveTimeline, type TimelineStep } from '../../support/timeline';
import type { BenchBrowser } from '../bench-browser';
import { pageNow } from '../page-clock';
import { pollUntil } from '../poll';
import { summary } from '../stats';
import { pageHeapMB, workerHeapMB } from './heap';
import { readPageTimings, watchLongTasks, type Span } from './page-timings';

export interface ScaleOptions {
  /** Participants already in the meeting (they join at once, first). */
  roster: number;
  joinsPerSecond: number;
  seconds: number;
  /** Measured joins start this long after the roster, once the background holds it. */
  settleMs?: number;
}

export interface ScaleFigures {
  /** The longest long task (≥ 50 ms, all Chromium reports) in the meeting page during the joins; 0 if none. */
  longestTaskMs: number;
  /** p95 of the content script's observer passes during the joins. */
  batchP95Ms: number;
  /** The meeting page's JS heap after the joins (page and content script share the isolate). */
  memoryMB: number;
  details: {
    longTasks: number;
    /** Long tasks since the page loaded (the roster's arrival included): shows the observer works. */
    longTasksSinceLoad: number;
    /** Of the longest long task, the time spent in Hostguard's observer passes. */
    longestTaskHostguardMs: number;
    passes: number;
    longestPassMs: number;
    passP50Ms: number;
    /** The extension service worker's JS heap after the joins (CDP), if it answered. */
    workerMemoryMB?: number;
    /** The background held the whole roster before the first measured join. */
    settledBeforeJoins: boolean;
    joins: number;
  };
}

const MEASURED = 'Scale Joiner';
const TAIL_MS = 1_000;
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * A big meeting under a raid: `roster` participants join at once, then `joinsPerSecond` for
 * `seconds`. Measured in the meeting page: long tasks (PerformanceObserver) and every observer
 * pass of the content script (its `hostguard:observer-pass` user-timing entries), from the first
 * measured join to `TAIL_MS` after the last; then the page's and the worker's JS heap.
 */
export async function measureScale(bench: BenchBrowser, options: ScaleOptions): Promise<ScaleFigures> {
  const settleMs = options.settleMs ?? 10_000;
  const joins = Math.round(options.joinsPerSecond * options.seconds);
  const script = serveTimeline(bench.server, scaleTimeline(options.roster, joins, 1000 / options.joinsPerSecond, settleMs));
  const meeting = await bench.openMeeting({ script });
  try {
    await meeting.page.bringToFront();
    await meeting.page.evaluate(watchLongTasks);
    await meeting.page.click('#pm-start-scenario');
    const held = async (count: number) => Object.keys((await meeting.session())?.participants ?? {}).length >= count;
    await pollUntil(() => held(BASE_ROSTER.length + options.roster), `a roster of ${options.roster}`, {
      timeoutMs: settleMs + 30_000,
      everyMs: 250,
    });
    const settledAt = await pageNow(meeting.page);
    await pollUntil(() => held(BASE_ROSTER.length + options.roster + joins), `${joins} more joins`, {
      timeoutMs: settleMs + options.seconds * 1000 + 60_000,
      everyMs: 500,
    });
    const times = await joinTimes(meeting.page);
    if (times.length < joins) throw new Error(`scale: ${times.length} of ${joins} joins in the page log`);
    const from = times[0]!;
    const to = times.at(-1)! + TAIL_MS;
    await pollUntil(async () => (await pageNow(meeting.page)) > to, 'the tail of the joins');
    const timings = await meeting.page.evaluate(readPageTimings, { from, to, measure: OBSERVER_PASS_MEASURE });
    if (timings.passesEver === 0) throw new Error('scale: no observer-pass entries (is this the test build?)');
    const memoryMB = await pageHeapMB(bench.extension.context, meeting.page);
    const workerMemoryMB = await workerHeapMB(bench.extension.context, meeting.page);
    return figures(timings.longTasks, timings.passes, {
      longTasksSinceLoad: timings.longTasksEver,
      memoryMB,
      workerMemoryMB,
      settledBeforeJoins: settledAt < from,
      joins,
    });
  } finally {
    await meeting.close();
  }
}

function figures(
  longTasks: Span[],
  passes: Span[],
  extra: {
    longTasksSinceLoad: number;
    memoryMB: number;
    workerMemoryMB?: number;
    settledBeforeJoins: boolean;
    joins: number;
  },
): ScaleFigures {
  const longest = longTasks.reduce<Span | undefined>((a, b) => (a && a.duration >= b.duration ? a : b), undefined);
  const inLongest = longest
    ? passes.filter((p) => p.start >= longest.start && p.start < longest.start + longest.duration)
    : [];
  const durations = passes.map((p) => p.duration);
  const { p50, p95 } = summary(durations);
  return {
    longestTaskMs: round1(longest?.duration ?? 0),
    batchP95Ms: round2(p95),
    memoryMB: extra.memoryMB,
    details: {
      longTasks: longTasks.length,
      longTasksSinceLoad: extra.longTasksSinceLoad,
      longestTaskHostguardMs: round1(inLongest.reduce((sum, p) => sum + p.duration, 0)),
      passes: passes.length,
      longestPassMs: round1(Math.max(0, ...durations)),
      passP50Ms: round2(p50),
      ...(extra.workerMemoryMB === undefined ? {} : { workerMemoryMB: extra.workerMemoryMB }),
      settledBeforeJoins: extra.settledBeforeJoins,
      joins: extra.joins,
    },
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The roster at once (ids r1…), then the measured joins with unique names. */
function scaleTimeline(roster: number, joins: number, intervalMs: number, settleMs: number): TimelineStep[] {
  const crowd = Array.from({ length: roster }, (_, i) => ({
    at: 0,
    type: 'join' as const,
    id: `r${i + 1}`,
    name: `Roster ${i + 1}`,
  }));
  const nameOf = (i: number) => `${MEASURED} ${String(i + 1).padStart(4, '0')}`;
  const measured = spacedJoins(joins, intervalMs, nameOf).map((step) => ({ ...step, at: (step.at ?? 0) + settleMs }));
  return [...crowd, ...measured];
}

function joinTimes(page: Page): Promise<number[]> {
  return page.evaluate(
    (prefix) =>
      ((window as { __practiceLog?: { t: number; type: string; name?: string }[] }).__practiceLog ?? [])
        .filter((e) => e.type === 'joined' && e.name?.startsWith(prefix))
        .map((e) => e.t),
    MEASURED,
  );
}
