import { browser } from '../../shared/platform/browser';
import type { MeetingSession } from '../../shared/model/session';
import { sessionKey } from '../../shared/storage-keys';
import { COMPACTION_LEVELS, compactSession } from './compact-session';

/**
 * Writes a session to storage.session; when it is full (10 MB for the whole extension), stores a
 * compacted copy instead, and says so in the timeline, rather than losing the meeting's state.
 * Returns what was stored. A failure at every level rethrows.
 */
export async function persistSession(session: MeetingSession): Promise<MeetingSession> {
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
