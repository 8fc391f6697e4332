import { THREAT_KINDS, type Alert } from '../../shared/model/alert';
import { categoryOfAlert } from '../../shared/model/report-category-of';
import { EVIDENCE_LEAD_MS, type ReportDraft } from '../../shared/model/report-draft';
import type { MeetingSession } from '../../shared/model/session';

/** Threat alerts this close together belong to one incident. */
export const INCIDENT_GAP_MS = 5 * 60_000;

/** The current incident's threat alerts: the latest run of them with no 5-minute gap, oldest first. */
export function currentIncident(session: MeetingSession): Alert[] {
  const threats = session.alerts.filter((alert) => THREAT_KINDS.includes(alert.kind));
  const incident: Alert[] = [];
  for (let i = threats.length - 1; i >= 0; i--) {
    const alert = threats[i]!;
    const later = incident[0];
    if (later && later.at - alert.at > INCIDENT_GAP_MS) break;
    incident.unshift(alert);
  }
  return incident;
}

/**
 * What the "file report" shortcut sends without opening the panel: the current incident's
 * people, its strongest category, from 10 s before its first alert until now. Undefined when
 * there is no incident to report.
 */
export function incidentDraft(session: MeetingSession, now: number): ReportDraft | undefined {
  const incident = currentIncident(session);
  const first = incident[0];
  if (!first) return undefined;
  const participantIds = [
    ...new Set(incident.flatMap((alert) => [...(alert.participantIds ?? []), alert.participantId ?? []].flat())),
  ];
  const critical = incident.filter((alert) => alert.severity === 'critical');
  const category = categoryOfAlert((critical.at(-1) ?? incident.at(-1))!);
  return {
    category,
    participantIds: participantIds.slice(0, 100),
    window: { from: Math.max(0, first.at - EVIDENCE_LEAD_MS), to: now },
    note: '',
    platformReport: false,
  };
}
