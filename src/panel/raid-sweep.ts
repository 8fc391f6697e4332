import type { Alert } from '../shared/model/alert';
import { isModerator, type Participant } from '../shared/model/participant';
import type { MeetingSession } from '../shared/model/session';

/** A burst older than this is history, not a raid to sweep from the controls. */
export const RECENT_BURST_MS = 10 * 60_000;

/** When the burst's last joiner arrived: a raid still growing (see `extendBurst`) stays recent. */
export function lastJoinAt(burst: Alert): number {
  const last = Number(burst.values?.lastJoinAt);
  return Number.isFinite(last) ? Math.max(last, burst.at) : burst.at;
}

/** The newest join-burst alert whose last join is at most RECENT_BURST_MS before `now`. */
export function recentBurst(session: Pick<MeetingSession, 'alerts'>, now: number): Alert | undefined {
  for (let i = session.alerts.length - 1; i >= 0; i--) {
    const alert = session.alerts[i]!;
    if (alert.kind !== 'join-burst') continue;
    return now - lastJoinAt(alert) <= RECENT_BURST_MS ? alert : undefined;
  }
  return undefined;
}

/**
 * The burst's joiners the host may remove, oldest first: still present, never the host's own
 * row, a host or a co-host, nor an expected attendee.
 *
 * Expected attendees: the panel does not match names against the list itself (that matcher,
 * look-alike aware, lives in the background). It reads the background's verdict instead: with
 * a list in force, every joiner NOT on it is marked `unknown` as they join. So when any joiner
 * of this burst carries that mark, the list was in force and the unmarked ones matched it. When
 * none does, the list is idle or everyone matched; the background re-checks every id anyway.
 */
export function sweepCandidates(session: Pick<MeetingSession, 'participants'>, burst: Alert): Participant[] {
  const joiners = [...new Set(burst.participantIds ?? [])]
    .map((id) => session.participants[id])
    .filter((p): p is Participant => p !== undefined);
  const listInForce = joiners.some((p) => p.marks?.unknown !== undefined);
  return joiners.filter((p) => stillRemovable(p) && (!listInForce || p.marks?.unknown !== undefined));
}

/** Still removable now: the roster moves while the dialog is open (people leave, get promoted). */
export function stillRemovable(p: Participant | undefined): p is Participant {
  return p !== undefined && p.present && !p.self && !isModerator(p);
}

/** The ids the host left ticked, in list order, minus anyone no longer removable. */
export function chosenIds(
  session: Pick<MeetingSession, 'participants'>,
  listed: readonly string[],
  unticked: ReadonlySet<string>,
): string[] {
  return listed.filter((id) => !unticked.has(id) && stillRemovable(session.participants[id]));
}
