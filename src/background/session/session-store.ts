import { browser } from '../../shared/platform/browser';
import { SESSION_LIMITS, type MeetingSession } from '../../shared/model/session';
import { FOCUS_KEY, sessionKey, tabIdOfSessionKey, type Focus } from '../../shared/storage-keys';
import { createSerialQueue } from './serial-queue';
import { COMPACTION_LEVELS, compactSession } from './compact-session';

/**
 * Meeting sessions, one per meeting tab, persisted in storage.session on every change so a
 * service worker stopped mid-meeting wakes up with the roster and alerts intact. Memory is only
 * a cache of what storage holds; every change goes through `update`, one at a time per tab.
 */
const cache = new Map<number, MeetingSession>();
let loading: Promise<void> | undefined;
const serial = createSerialQueue<number>();

function loadAll(): Promise<void> {
  loading ??= browser.storage.session.get(null).then((all) => {
    for (const [key, value] of Object.entries(all)) {
      const tabId = tabIdOfSessionKey(key);
      if (tabId !== undefined && !cache.has(tabId)) cache.set(tabId, value as MeetingSession);
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

/** Applies `change` to the tab's session (undefined = none yet) and persists the result. */
export function updateSession(
  tabId: number,
  change: (session: MeetingSession | undefined) => MeetingSession | undefined,
): Promise<MeetingSession | undefined> {
  return serial(tabId, async () => {
    await loadAll();
    const next = change(cache.get(tabId));
    if (next === undefined) return undefined;
    const stored = await persist(next);
    cache.set(tabId, stored);
    return stored;
  });
}

/**
 * Writes a session; when storage.session is full, stores a compacted copy instead (and says so
 * in the timeline) rather than losing the meeting's state. A failure at every level rethrows.
 */
async function persist(session: MeetingSession): Promise<MeetingSession> {
  let candidate = session;
  for (let level = 0; ; level++) {
    try {
      await browser.storage.session.set({ [sessionKey(session.tabId)]: candidate });
      return candidate;
    } catch (error) {
      const next = COMPACTION_LEVELS[level];
      if (!next) throw error;
      console.warn(`Hostguard: meeting state too large (${String(error)}); compacting`);
      candidate = compactSession(session, next, Date.now());
    }
  }
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
      await browser.storage.session.remove(sessionKey(session.tabId));
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

/** Test seam: forget the in-memory cache, as a service-worker restart does. */
export function __forgetCacheForTests(): void {
  cache.clear();
  loading = undefined;
}
