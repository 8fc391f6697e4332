import { THREAT_KINDS, type Alert } from '../../shared/model/alert';
import { isModerator } from '../../shared/model/participant';
import type { MeetingSession } from '../../shared/model/session';
import { newAlerts } from '../shield/new-alerts';

/** When and how much evidence is captured (reliability-security.md §2.1, §4). */
export const CAPTURE = Object.freeze({
  /** 2 frames per second at most: Chrome's MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND. */
  frameIntervalMs: 500,
  /** Frames outside any incident are kept this long, then become hash-only. */
  ringMs: 10_000,
  /** An alert keeps the frames from this long before it. */
  preRollMs: 10_000,
  /**
   * Alerts have no "closed" state: one counts as open this long after it fired, and for as long
   * as the participant it names keeps sharing.
   */
  incidentMs: 60_000,
  framesPerMeeting: 1_200,
  totalBytes: 200 * 1024 * 1024,
});

/** Someone other than a host or co-host is sharing their screen. */
export function nonHostSharing(session: MeetingSession): boolean {
  return Object.values(session.participants).some((p) => p.present && p.sharing && !p.self && !isModerator(p));
}

const isThreat = (alert: Alert) => THREAT_KINDS.includes(alert.kind);

/** The alert whose incident is open now (the latest), if any. */
export function openIncident(session: MeetingSession, now: number): Alert | undefined {
  for (let i = session.alerts.length - 1; i >= 0; i--) {
    const alert = session.alerts[i]!;
    if (!isThreat(alert)) continue;
    if (now - alert.at < CAPTURE.incidentMs) return alert;
    const who = alert.participantId ? session.participants[alert.participantId] : undefined;
    if (who?.present && who.sharing) return alert;
  }
  return undefined;
}

/** Capture runs while a non-host share is live or an alert is open, until the meeting ends. */
export function captureWanted(session: MeetingSession, now: number): boolean {
  if (session.endedAt !== undefined) return false;
  return nonHostSharing(session) || openIncident(session, now) !== undefined;
}

/** Threat alerts this commit added: each opens (or extends) an incident. */
export function newIncidents(next: MeetingSession, previous: MeetingSession | undefined): Alert[] {
  return newAlerts(next, previous).filter(isThreat);
}

/** At most one pass per `intervalMs` and key: the 2 fps cap, per meeting or for the whole browser. */
export function createRateGate<K>(intervalMs: number) {
  const last = new Map<K, number>();
  return {
    /** Whether `take` would pass now, without using the slot. */
    ready(key: K, now: number): boolean {
      const previous = last.get(key);
      return previous === undefined || now - previous >= intervalMs || now < previous;
    },
    take(key: K, now: number): boolean {
      if (!this.ready(key, now)) return false;
      last.set(key, now);
      return true;
    },
    forget(key: K): void {
      last.delete(key);
    },
  };
}
