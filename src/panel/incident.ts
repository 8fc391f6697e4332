import { THREAT_KINDS } from '../shared/model/alert';
import { DEFAULT_DETECTION_SETTINGS } from '../shared/model/detection-settings';
import { isModerator, MARK_KINDS, type MarkKind, type Participant } from '../shared/model/participant';
import type { MeetingSession } from '../shared/model/session';

/** How long a threat alert or a panic run keeps the panel in incident mode. */
export const INCIDENT_WINDOW_MS = 5 * 60_000;

/**
 * "New" lasts as long as the share tripwire calls a joiner fresh. The panel cannot read the
 * host's detection settings (storage.local), so it uses their default.
 */
export const FRESH_JOINER_MS = DEFAULT_DETECTION_SETTINGS.shareTripwire.freshJoinerSeconds * 1000;

/** A badge the roster shows for risk: the stored marks, and "new", which is derived. */
export type ThreatBadgeKind = 'new' | MarkKind;

/**
 * Risk weights: any one of the strong marks outweighs "unknown" and "new" together, so the
 * impersonator sits above the merely unexpected, who sits above the merely recent.
 */
const WEIGHT: Record<ThreatBadgeKind, number> = { rejoined: 4, impersonating: 4, flagged: 4, unknown: 2, new: 1 };

/**
 * Seen joining within the fresh-joiner window, as the share tripwire judges it. Moderators, the
 * host themself and whoever was already there when Hostguard first read the roster (their
 * `joinedAt` is only when Hostguard saw them) are never "new".
 */
export function isNewJoiner(p: Participant, now: number): boolean {
  return p.present && p.arrivedLive === true && !p.self && !isModerator(p) && now - p.joinedAt < FRESH_JOINER_MS;
}

/** The threat badges a participant wears now, strongest first. */
export function threatBadges(p: Participant, now: number): ThreatBadgeKind[] {
  const marked = MARK_KINDS.filter((kind) => p.marks?.[kind] !== undefined);
  const kinds: ThreatBadgeKind[] = [...marked, ...(isNewJoiner(p, now) ? (['new'] as const) : [])];
  return kinds.sort((a, b) => WEIGHT[b] - WEIGHT[a]);
}

export function riskScore(p: Participant, now: number): number {
  return threatBadges(p, now).reduce((sum, kind) => sum + WEIGHT[kind], 0);
}

const hasMarks = (p: Participant) => MARK_KINDS.some((kind) => p.marks?.[kind] !== undefined);

/**
 * Is the meeting under attack right now? A recent threat alert, a recent panic, or anyone
 * present wearing a mark. Drives the riskiest-first roster and its compact rows.
 */
export function inIncident(session: Pick<MeetingSession, 'alerts' | 'panic' | 'participants'>, now: number): boolean {
  const recent = (at: number | undefined) => at !== undefined && now - at < INCIDENT_WINDOW_MS;
  if (session.alerts.some((alert) => THREAT_KINDS.includes(alert.kind) && recent(alert.at))) return true;
  const panic = session.panic;
  if (panic && recent(panic.finishedAt ?? panic.startedAt)) return true;
  return Object.values(session.participants).some((p) => p.present && hasMarks(p));
}
