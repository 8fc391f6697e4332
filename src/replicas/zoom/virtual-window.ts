/*
 * react-virtualized's windowing, which Zoom's roster uses (meeting-dom.md §1.1: "only rows in view
 * exist"). Without layout (happy-dom) the viewport is a fixed height; the window follows
 * `scrollTop`, clamped as a browser would clamp it, plus react-virtualized's default overscan of
 * 10 rows in the scroll direction and 1 behind (defaultOverscanIndicesGetter).
 */
export const ROW_HEIGHT = 44; // capture §8.3: rows 390×44
export const VIEWPORT_HEIGHT = 572; // capture §8.3/§8.5: list from y=59 to the footer at y=631
export const OVERSCAN = 10;

export interface RowWindow {
  start: number;
  /** Exclusive. */
  stop: number;
}

export function clampScrollTop(scrollTop: number, count: number): number {
  const max = Math.max(0, count * ROW_HEIGHT - VIEWPORT_HEIGHT);
  return Math.min(Math.max(0, Number.isFinite(scrollTop) ? scrollTop : 0), max);
}

export function rowWindow(scrollTop: number, count: number, forward: boolean): RowWindow {
  if (count === 0) return { start: 0, stop: 0 };
  const top = clampScrollTop(scrollTop, count);
  const first = Math.floor(top / ROW_HEIGHT);
  const last = Math.min(count - 1, Math.ceil((top + VIEWPORT_HEIGHT) / ROW_HEIGHT) - 1);
  const start = Math.max(0, first - (forward ? 1 : OVERSCAN));
  const stop = Math.min(count - 1, last + (forward ? OVERSCAN : 1)) + 1;
  return { start, stop };
}
