/** Alert kinds the background raises; the panel turns each into a localised line. */
export const ALERT_KINDS = [
  'joined',
  'left',
  'renamed',
  'share-started',
  'fresh-joiner-sharing',
  'unexpected-sharer',
  'flagged-sharer',
  'explicit-image',
  'join-burst',
  'hostile-name',
  'hostile-chat',
  'impersonation',
  'hidden-characters',
  'unexpected-joiner',
  'chat-flood',
  'rejoin-after-removal',
  'adapter-unhealthy',
  'adapter-healthy',
  'action-failed',
  'message-rejected',
  'state-compacted',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Alert {
  id: string;
  at: number;
  kind: AlertKind;
  severity: Severity;
  participantId?: string;
  /** Raw, attacker-controlled display name at the time of the alert. */
  name?: string;
  /** Everyone concerned when there are several (a join burst's joiners), oldest first. */
  participantIds?: string[];
  /** Extra values for the localised message, e.g. a count or a former name. */
  values?: Record<string, string | number>;
}

/** A share Shield stops at once and safe view blurs: the attack itself, not just a warning. */
export const TRIPWIRE_KINDS: readonly AlertKind[] = [
  'fresh-joiner-sharing',
  'unexpected-sharer',
  'flagged-sharer',
  'explicit-image',
];

/** Alerts about an intruder (as opposed to roster news, health and the action log). */
export const THREAT_KINDS: readonly AlertKind[] = [
  ...TRIPWIRE_KINDS,
  'join-burst',
  'hostile-name',
  'hostile-chat',
  'impersonation',
  'hidden-characters',
  'rejoin-after-removal',
  'chat-flood',
];

/** What a hostile-text hit is about; reports and the moderation log total by it. */
export const TEXT_CATEGORIES = ['sexual', 'obscene', 'hate', 'violence'] as const;
export type TextCategory = (typeof TEXT_CATEGORIES)[number];
