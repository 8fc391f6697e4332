import { browser } from '../../shared/platform/browser';
import { SESSION_LIMITS, type MeetingSession } from '../../shared/model/session';
import { FOCUS_KEY, type Focus } from '../../shared/storage-keys';
import { allSessionKeys, sessionsFromItems } from '../../shared/session-storage';
import { createSerialQueue } from './serial-queue';
import { createSessionWriter } from './session-writer';
import { persistSession } from './persist-session';
import { committed } from './post-commit';

/**
 * Meeting sessions, one per meeting tab, persisted in storage.session so a service worker
 * stopped mid-meeting wakes up with the roster and alerts intact. Memory is a cache of what
 * storage holds plus the changes being written right now; every change goes through
 * `updateSession`, one at a time per tab.
 */
const cache = new Map<number, MeetingSession>();
/** What storage holds for each tab, so a write sends only what changed since. */
const written = new Map<number, MeetingSession>();
let loading: Promise<void> | undefined;
const serial = createSerialQueue<number>();

const writer = createSessionWriter(async (tabId) => {
  const session = cache.get(tabId);
  if (!session) {
    written.delete(tabId);
    return browser.storage.session.remove(allSessionKeys(tabId));
  }
  const stored = await persistSession(written.get(tabId), session);
  written.set(tabId, stored);
  // Keep the compacted copy unless newer changes arrived meanwhile (the next write compacts them).
  if (stored !== session && cache.get(tabId) === session) cache.set(tabId, stored);
});

function loadAll(): Promise<void> {
  loading ??= browser.storage.session.get(null).then((all) => {
    for (const session of Object.values(sessionsFromItems(all))) {
      if (cache.has(session.tabId)) continue;
      cache.set(session.tabId, session);
      written.set(session.tabId, session);
    }
  });
  return loading;
}

export async function getSession(tabId: number): Promise<MeetingSession | undefined> {
  await loadAll();
  return cache.get(tabId);
}

export async function allSessions(): Promise<MeetingSession[]> {
  await loadAll();
  return [...cache.values()];
}

/**
 * Applies `change` to the tab's session (undefined = none yet), in order with the tab's other
 * changes. Storage is written right behind (session-writer.ts), so no caller waits on it;
 * `flushSessions()` does, where durability matters.
 */
export function updateSession(
  tabId: number,
  change: (session: MeetingSession | undefined) => MeetingSession | undefined,
): Promise<MeetingSession | undefined> {
  return serial(tabId, async () => {
    await loadAll();
    const previous = cache.get(tabId);
    const next = change(previous);
    if (next === undefined) return undefined;
    cache.set(tabId, next);
    void writer.schedule(tabId);
    committed(next, previous);
    return next;
  });
}

/** Resolves once every change made so far is in storage.session. */
export function flushSessions(): Promise<void> {
  return writer.idle();
}

/**
 * A closed meeting tab keeps its session (the host may need the timeline for a complaint);
 * only the oldest ended sessions beyond the cap are dropped.
 */
export async function endSession(tabId: number): Promise<void> {
  const ended = await updateSession(tabId, (session) => session && { ...session, endedAt: Date.now() });
  if (!ended) return;
  const stale = [...cache.values()]
    .filter((s) => s.endedAt !== undefined)
    .sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0))
    .slice(SESSION_LIMITS.endedSessions);
  for (const session of stale) {
    await serial(session.tabId, async () => {
      cache.delete(session.tabId);
      void writer.schedule(session.tabId); // the writer removes what the cache no longer has
    });
  }
}

/** Remembers that Hostguard had this participant removed (a rejoin under a look-alike name is flagged). */
export async function markRemoved(tabId: number, participantId: string, at: number): Promise<void> {
  await updateSession(tabId, (session) => {
    const who = session?.participants[participantId];
    if (!session || !who) return session;
    return { ...session, participants: { ...session.participants, [participantId]: { ...who, removedAt: at } } };
  });
}

export async function setFocus(tabId: number): Promise<void> {
  const focus: Focus = { tabId, at: Date.now() };
  await browser.storage.session.set({ [FOCUS_KEY]: focus });
}

export async function getFocus(): Promise<Focus | undefined> {
  const stored = await browser.storage.session.get(FOCUS_KEY);
  return stored[FOCUS_KEY] as Focus | undefined;
}

/** Test seam: write what is pending, then forget the in-memory cache, as a worker restart does. */
export async function __forgetCacheForTests(): Promise<void> {
  await writer.idle();
  cache.clear();
  written.clear();
  loading = undefined;
}
