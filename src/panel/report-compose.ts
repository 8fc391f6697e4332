import { THREAT_KINDS, type Alert } from '../shared/model/alert';
import type { ReportCategory } from '../shared/model/report';
import { categoryOfAlert } from '../shared/model/report-category-of';
import { EVIDENCE_LEAD_MS } from '../shared/model/report-draft';
import type { MeetingSession } from '../shared/model/session';

/** The report composer's opening state: who, what, and the time window, prefilled. */
export interface ComposeDialogState {
  kind: 'report';
  tabId: number;
  participantIds: string[];
  category: ReportCategory;
  window: { from: number; to: number };
  /** Raw name of the first person concerned when it opened (the dialog title). */
  name: string;
}

const concerns = (alert: Alert, id: string) => alert.participantId === id || alert.participantIds?.includes(id);
const alertPeople = (alert: Alert) => [
  ...new Set([...(alert.participantIds ?? []), ...(alert.participantId ? [alert.participantId] : [])]),
];

/** From an alert: its people, the category it suggests, from 10 s before it until now. */
export function composeFromAlert(session: MeetingSession, alert: Alert, now: number): ComposeDialogState {
  const participantIds = alertPeople(alert).slice(0, 100);
  const first = participantIds[0];
  return {
    kind: 'report',
    tabId: session.tabId,
    participantIds,
    category: categoryOfAlert(alert),
    window: { from: Math.max(0, alert.at - EVIDENCE_LEAD_MS), to: now },
    name: (first && session.participants[first]?.name) || alert.name || '',
  };
}

/**
 * From a participant's row: the category of the latest threat alert about them, and the window
 * from 10 s before their first one (or since they joined) until now.
 */
export function composeFromParticipant(
  session: MeetingSession,
  participantId: string,
  now: number,
): ComposeDialogState {
  const about = session.alerts.filter((alert) => THREAT_KINDS.includes(alert.kind) && concerns(alert, participantId));
  const first = about[0];
  const latest = about.at(-1);
  const joinedAt = session.participants[participantId]?.joinedAt ?? now;
  return {
    kind: 'report',
    tabId: session.tabId,
    participantIds: [participantId],
    category: latest ? categoryOfAlert(latest) : 'other',
    window: { from: Math.max(0, (first?.at ?? joinedAt) - EVIDENCE_LEAD_MS), to: now },
    name: session.participants[participantId]?.name ?? '',
  };
}
