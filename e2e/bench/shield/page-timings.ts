/**
 * In the meeting page (main world): long tasks and the content script's observer passes. The
 * content script's `performance.measure` entries (test builds, src/content/kit/observe-page.ts)
 * land on the page's own performance timeline: Chromium gives an isolated world the frame's
 * `Performance`, so `getEntriesByName` in the page sees them.
 */
export interface Span {
  /** Page clock: `performance.timeOrigin + startTime`. */
  start: number;
  duration: number;
}

type TimingWindow = typeof globalThis & { __benchLongTasks?: Span[] };

/** Starts collecting long tasks (Chromium reports only tasks of 50 ms or more). */
export function watchLongTasks(): void {
  const spans: Span[] = [];
  (window as TimingWindow).__benchLongTasks = spans;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      spans.push({ start: performance.timeOrigin + entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
}

/** Long tasks and observer passes that started within [from, to] (page clock). */
export function readPageTimings({ from, to, measure }: { from: number; to: number; measure: string }): {
  longTasks: Span[];
  passes: Span[];
  passesEver: number;
  longTasksEver: number;
} {
  const inWindow = (span: Span) => span.start >= from && span.start <= to;
  const all = performance.getEntriesByName(measure, 'measure');
  const passes = all
    .map((entry) => ({ start: performance.timeOrigin + entry.startTime, duration: entry.duration }))
    .filter(inWindow);
  const everLong = (window as TimingWindow).__benchLongTasks ?? [];
  return { longTasks: everLong.filter(inWindow), passes, passesEver: all.length, longTasksEver: everLong.length };
}
