import type { MeetingSession } from '../../shared/model/session';
import { snapshotMeeting } from './snapshots';

/**
 * Snapshots when alerts open, at most one per meeting every 5 s: a raid raises an alert per
 * joiner, and a snapshot each would spend the chain's entries on near-identical rosters. The
 * last one of a burst always runs (trailing), with the meeting as it is by then.
 */
const EVERY_MS = 5_000;

interface Pending {
  lastAt: number;
  timer?: ReturnType<typeof setTimeout>;
}
const pending = new Map<string, Pending>();

export function snapshotOnAlert(meetingId: string, current: () => MeetingSession, now = Date.now()): void {
  const state = pending.get(meetingId) ?? { lastAt: Number.NEGATIVE_INFINITY };
  pending.set(meetingId, state);
  if (state.timer !== undefined) return;
  const run = () => {
    state.timer = undefined;
    state.lastAt = Date.now();
    snapshotMeeting(current(), 'alert').catch((error: unknown) =>
      console.warn('Hostguard: could not snapshot the meeting for an alert', error),
    );
  };
  const wait = state.lastAt + EVERY_MS - now;
  if (wait <= 0) run();
  else state.timer = setTimeout(run, wait);
}

/** The meeting ended: a pending trailing snapshot still runs, then the state goes. */
export function forgetAlertSnapshots(meetingId: string): void {
  const state = pending.get(meetingId);
  if (state?.timer === undefined) pending.delete(meetingId);
}

export function __forgetAlertSnapshotsForTests(): void {
  for (const state of pending.values()) if (state.timer !== undefined) clearTimeout(state.timer);
  pending.clear();
}
