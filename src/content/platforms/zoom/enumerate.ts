import type { RosterTracker } from '../../kit/roster-tracker';
import { identityFor } from './identity';
import { rosterList, totalCount } from './page';
import { resolveRows } from './roster-source';

/*
 * Reading the react-virtualized roster whole (meeting-dom.md §1.1: only rows in view exist; a
 * Spanish attendance extension scrolls it in 75% steps with waits, file #59094625032). The list
 * element is the scroll container (`ReactVirtualized__Grid`). Each step sets scrollTop and fires
 * 'scroll' (the grid re-renders on it; a browser fires its own too, which is harmless), waits a
 * frame for the client and the observer, then reads the window. The host's position is restored.
 */
const STEP_FALLBACK_PX = 400;
const MAX_STEPS = 2_000;
const frame = () => new Promise<void>((resolve) => setTimeout(resolve, 16));

export function scrollList(scroller: HTMLElement, top: number): void {
  scroller.scrollTop = top;
  scroller.dispatchEvent(new Event('scroll'));
}

/**
 * Visits each window of the list from the top; `visit` may stop the walk (the list then stays
 * where the wanted row is). Resolves with the ids seen, or null if the list went away.
 */
export function walkRoster(
  doc: Document,
  signal: AbortSignal,
  visit: (rows: HTMLElement[]) => boolean = () => false,
): Promise<Set<string> | null> {
  // One walk at a time per page: the observer's and an action's would fight over scrollTop.
  const previous = walks.get(doc) ?? Promise.resolve(null);
  const next = previous.catch(() => null).then(() => walk(doc, signal, visit));
  walks.set(doc, next);
  return next;
}

const walks = new WeakMap<Document, Promise<unknown>>();

async function walk(
  doc: Document,
  signal: AbortSignal,
  visit: (rows: HTMLElement[]) => boolean,
): Promise<Set<string> | null> {
  const list = rosterList(doc);
  if (!list) return null;
  const home = list.scrollTop;
  const step = list.clientHeight > 0 ? list.clientHeight * 0.75 : STEP_FALLBACK_PX;
  const total = totalCount(doc) ?? Number.POSITIVE_INFINITY;
  const seen = new Set<string>();
  let stayed = false;
  try {
    for (let top = 0, idle = 0, steps = 0; idle < 2 && seen.size < total && steps < MAX_STEPS; steps++, top += step) {
      signal.throwIfAborted();
      scrollList(list, top);
      await frame();
      if (rosterList(doc) !== list) return null;
      const rows = resolveRows(doc, list);
      const before = seen.size;
      for (const row of rows) {
        const id = identityFor(doc).idOf(row);
        if (id !== undefined) seen.add(id);
      }
      if (visit(rows)) {
        stayed = true;
        return seen;
      }
      idle = seen.size === before ? idle + 1 : 0;
    }
    return seen;
  } finally {
    if (!stayed && list.isConnected) scrollList(list, home);
  }
}

/**
 * A quick look at the end of the list, where a joiner usually lands below the fold: one scroll,
 * one frame for the client to render it (the observer then sees the new row), and back. Queued
 * behind any walk, like one.
 */
export function peekEnd(doc: Document, signal: AbortSignal): Promise<unknown> {
  const previous = walks.get(doc) ?? Promise.resolve(null);
  const next = previous
    .catch(() => null)
    .then(async () => {
      const list = rosterList(doc);
      if (!list || signal.aborted) return null;
      const home = list.scrollTop;
      scrollList(list, list.scrollHeight);
      await frame();
      resolveRows(doc, list);
      if (list.isConnected) scrollList(list, home);
      return null;
    });
  walks.set(doc, next);
  return next;
}

/** Reads the whole roster and lets the tracker announce it, or drop whoever left unseen. */
export async function reconcileRoster(doc: Document, tracker: RosterTracker, signal: AbortSignal): Promise<void> {
  const ids = await walkRoster(doc, signal);
  if (ids && !signal.aborted) tracker.reconcile(ids, Date.now());
}
