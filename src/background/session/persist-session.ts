import { browser } from '../../shared/platform/browser';
import type { MeetingSession } from '../../shared/model/session';
import { changedSessionItems } from '../../shared/session-storage';
import { COMPACTION_LEVELS, compactSession } from './compact-session';

/**
 * Writes what changed between `stored` (what storage holds) and `session`, in one `set` so the
 * panel sees header and roster change together. When storage.session is full (10 MB for the whole
 * extension) it stores a compacted copy instead, and says so in the timeline, rather than losing
 * the meeting's state. Returns what storage now holds; a failure at every level rethrows.
 */
export async function persistSession(
  stored: MeetingSession | undefined,
  session: MeetingSession,
): Promise<MeetingSession> {
  let candidate = session;
  let base = stored;
  for (let level = 0; ; level++) {
    try {
      await browser.storage.session.set(changedSessionItems(base, candidate));
      return candidate;
    } catch (error) {
      const next = COMPACTION_LEVELS[level];
      if (!next) throw error;
      console.warn(`Hostguard: meeting state too large (${String(error)}); compacting`);
      candidate = compactSession(session, next, Date.now());
      base = undefined; // compaction rewrites every participant: write every bucket
    }
  }
}
