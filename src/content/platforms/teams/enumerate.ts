import type { RosterTracker } from '../../kit/roster-tracker';
import { findControl } from '../../kit/controls';
import { renderedRows, rosterList } from './page';
import { S } from './selectors';

/*
 * Reading a virtualised roster whole: scroll its container a viewport at a time, letting the
 * client render each window (and the observer see it), then put the host's scroll position back.
 * Teams renders only the rows in view (v1 react-virtualized; v2 treated alike, meeting-dom.md
 * §3.1), so this is the only way to learn who is further down without the host scrolling.
 */
const STEP_FALLBACK_PX = 400;
const MAX_STEPS = 5_000;
const frame = () => new Promise<void>((resolve) => setTimeout(resolve, 16));

export function rosterScroller(list: Element): HTMLElement | null {
  const known = findControl<HTMLElement>(S.rosterScroller, list.ownerDocument);
  if (known?.contains(list)) return known;
  for (let el = list as HTMLElement | null; el; el = el.parentElement) {
    if (el.scrollHeight > el.clientHeight + 1) return el;
  }
  return list.parentElement;
}

/** Scrolls to `top` the way a wheel would: the client re-renders on its scroll event. */
export function scrollTo(scroller: HTMLElement, top: number): void {
  scroller.scrollTop = top;
  scroller.dispatchEvent(new Event('scroll'));
}

/**
 * Visits every window of the list; `visit` sees each window's rows and may stop early by
 * returning true (the list then stays scrolled there). Resolves with the ids read, or null if
 * the list went away.
 */
export async function walkRoster(
  doc: Document,
  read: (row: Element) => string | null,
  signal: AbortSignal,
  visit: (rows: Element[]) => boolean = () => false,
): Promise<Set<string> | null> {
  const list = rosterList(doc);
  const scroller = list && rosterScroller(list);
  if (!list || !scroller) return null;
  const home = scroller.scrollTop;
  const step = Math.max(scroller.clientHeight * 0.8, 0) || STEP_FALLBACK_PX;
  const seen = new Set<string>();
  let idle = 0;
  let stopped = false;
  try {
    // To the end, whatever the badge says (it may lag during a raid): two windows with nobody new.
    for (let top = 0, steps = 0; idle < 2 && steps < MAX_STEPS; top += step, steps++) {
      signal.throwIfAborted();
      scrollTo(scroller, top);
      await frame();
      const current = rosterList(doc);
      if (!current) return null;
      const rows = renderedRows(current);
      const before = seen.size;
      for (const row of rows) {
        const id = read(row);
        if (id) seen.add(id);
      }
      if (visit(rows)) {
        stopped = true; // leave the wanted row in view for the caller
        return seen;
      }
      idle = seen.size === before ? idle + 1 : 0;
    }
    return seen;
  } finally {
    if (!stopped) scrollTo(scroller, home);
  }
}

/**
 * One look at the end of the list, where a joiner usually lands below the fold: scroll there, one
 * frame for the client to render (the observer sees the new row), and back. Run it `exclusive`.
 */
export async function peekEnd(doc: Document): Promise<void> {
  const list = rosterList(doc);
  const scroller = list && rosterScroller(list);
  if (!scroller) return;
  const home = scroller.scrollTop;
  scrollTo(scroller, scroller.scrollHeight);
  await frame();
  if (scroller.isConnected) scrollTo(scroller, home);
}

/** Enumerates the whole roster and lets the tracker announce it / drop whoever left. */
export async function reconcileRoster(
  doc: Document,
  tracker: RosterTracker,
  read: (row: Element) => string | null,
  signal: AbortSignal,
): Promise<void> {
  const ids = await walkRoster(doc, read, signal);
  if (ids && !signal.aborted) tracker.reconcile(ids, Date.now());
}

const queues = new WeakMap<Document, Promise<unknown>>();

/**
 * One roster user at a time per page: the observer's read-through and an action both scroll the
 * list, and an action must find its row where it left it. Runs `work` after whatever holds it.
 */
export function exclusive<T>(doc: Document, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(doc) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  queues.set(
    doc,
    next.catch(() => undefined),
  );
  return next;
}
