import type { AlertKind } from './alert';

/** Roles as the meeting client shows them; read from the client's role label, never from the name. */
export const ROLES = ['host', 'cohost', 'participant'] as const;
export type Role = (typeof ROLES)[number];

/** What an adapter reads off the page for one roster row. `name` is raw, attacker-controlled text. */
export interface ParticipantObservation {
  /** Stable for this page load; chosen by the adapter from the client's own row key. */
  id: string;
  name: string;
  role: Role;
  /** The host running Hostguard. */
  self: boolean;
  sharing: boolean;
}

/** A participant as the background remembers them for the session. */
export interface Participant extends ParticipantObservation {
  /** When they joined, or when Hostguard first saw them if they were already there. */
  joinedAt: number;
  /** Hostguard saw them join (not already present when it first read the roster). */
  arrivedLive?: boolean;
  present: boolean;
  leftAt?: number;
  /** Earlier display names, oldest first (renames are an attack). */
  previousNames: string[];
  sharingSince?: number;
  /** Set when Hostguard removed them, so a rejoin under a look-alike name can be flagged. */
  removedAt?: number;
  /** Threat badges the rules gave them ("new" is derived from `joinedAt`, not stored). */
  marks?: ParticipantMarks;
}

/** Stored badges; each keeps the alert that set it, so the panel can say why on hover and focus. */
export const MARK_KINDS = ['unknown', 'flagged', 'impersonating', 'rejoined'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];
export interface Mark {
  at: number;
  alertId: string;
  alertKind: AlertKind;
  values?: Record<string, string | number>;
}
export type ParticipantMarks = Partial<Record<MarkKind, Mark>>;

export function isModerator(p: Pick<ParticipantObservation, 'role'>): boolean {
  return p.role === 'host' || p.role === 'cohost';
}
