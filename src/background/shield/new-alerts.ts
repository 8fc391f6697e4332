import type { Alert } from '../../shared/model/alert';
import type { MeetingSession } from '../../shared/model/session';

/** Alerts in `next` that `previous` did not have (alerts are appended, and capped from the front). */
export function newAlerts(next: MeetingSession, previous: MeetingSession | undefined): Alert[] {
  if (!previous || previous.id !== next.id) return next.alerts;
  if (next.alerts === previous.alerts) return [];
  const seen = new Set(previous.alerts.map((a) => a.id));
  return next.alerts.filter((a) => !seen.has(a.id));
}
