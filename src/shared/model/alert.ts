/** Alert kinds the background raises; the panel turns each into a localised line. */
export const ALERT_KINDS = [
  'joined',
  'left',
  'renamed',
  'share-started',
  'fresh-joiner-sharing',
  'join-burst',
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
  /** Extra values for the localised message, e.g. a count or a former name. */
  values?: Record<string, string | number>;
}
