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
  joinedAt: number;
  present: boolean;
  leftAt?: number;
  /** Earlier display names, oldest first (renames are an attack). */
  previousNames: string[];
  sharingSince?: number;
  /** Set when Hostguard removed them, so a rejoin under a look-alike name can be flagged. */
  removedAt?: number;
}

export function isModerator(p: Pick<ParticipantObservation, 'role'>): boolean {
  return p.role === 'host' || p.role === 'cohost';
}
