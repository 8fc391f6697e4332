import { useMemo } from 'preact/hooks';
import type { Alert } from '../../shared/model/alert';
import { MARK_KINDS, type Participant } from '../../shared/model/participant';
import type { MeetingSession } from '../../shared/model/session';
import { t } from '../i18n';
import { inIncident, threatBadges, type ThreatBadgeKind } from '../incident';
import { rosterOrder } from '../selectors';
import { useNow } from '../use-now';
import { useStableRows } from '../use-stable-rows';
import type { MarkAlerts } from './ParticipantBadges';
import { ParticipantRow } from './ParticipantRow';
import { RosterNotes } from './RosterNotes';

/** Rows rendered at most: a 5,000-person raid must not freeze the panel; riskiest or newest are on top. */
export const ROSTER_ROWS_SHOWN = 200;

/** From this many present people rows are one line each, incident or not: roomy rows scroll away. */
export const COMPACT_ROSTER_FROM = 12;

/** How often "New" badges and incident mode are re-judged when nothing else changes. */
const CLOCK_MS = 10_000;

/**
 * Everyone in the meeting, present first and newest joiners first; during an incident,
 * riskiest first in compact rows, so a raid of 50 fits on one screen.
 */
export function Roster({ session }: { session: MeetingSession }) {
  const now = useNow(CLOCK_MS);
  const incident = inIncident(session, now);
  const riskAt = incident ? now : undefined;
  const ordered = useMemo(
    () => rosterOrder(session.participants, riskAt === undefined ? undefined : { now: riskAt }),
    [session.participants, riskAt],
  );
  const alertsById = useMemo(() => new Map(session.alerts.map((alert) => [alert.id, alert])), [session.alerts]);
  const present = ordered.filter((p) => p.present).length;
  const compact = incident || present >= COMPACT_ROSTER_FROM;
  const shown = ordered.slice(0, ROSTER_ROWS_SHOWN).map((p) => {
    const threats = threatBadges(p, now);
    return { p, threats, markAlerts: markAlertsOf(p, threats, alertsById) };
  });
  const context = `${session.tabId}|${session.capabilities.join(',')}|${compact}`;
  const rows = useStableRows(
    shown,
    (row) => row.p.id,
    (row) => context + rowSignature(row.p, row.threats, row.markAlerts),
    ({ p, threats, markAlerts }) => (
      <ParticipantRow
        key={p.id}
        tabId={session.tabId}
        capabilities={session.capabilities}
        participant={p}
        threats={threats}
        markAlerts={markAlerts}
        compact={compact}
      />
    ),
  );
  return (
    <section class="roster" aria-labelledby="roster-heading">
      <h2 id="roster-heading">{t('roster_heading', present)}</h2>
      {incident && <p class="roster-incident">{t('roster_incident_order')}</p>}
      <RosterNotes session={session} />
      {ordered.length === 0 ? (
        <p class="empty-note">{t('roster_empty')}</p>
      ) : (
        <ul
          class={`roster-list${compact ? ' roster-list--compact' : ''}`}
          aria-labelledby="roster-heading"
          data-testid="roster"
          data-incident={incident ? 'true' : 'false'}
        >
          {rows}
        </ul>
      )}
      {ordered.length > shown.length && <p class="cap-note">{t('roster_capped', [shown.length, ordered.length])}</p>}
    </section>
  );
}

function markAlertsOf(p: Participant, threats: readonly ThreatBadgeKind[], alerts: Map<string, Alert>): MarkAlerts {
  const found: MarkAlerts = {};
  for (const kind of MARK_KINDS) {
    const mark = threats.includes(kind) ? p.marks?.[kind] : undefined;
    const alert = mark && alerts.get(mark.alertId);
    if (alert) found[kind] = alert;
  }
  return found;
}

/**
 * Everything a row shows; equal signatures mean the old row can be reused as is. Marks and
 * which of their alerts are still held change the badges and their reasons.
 */
function rowSignature(p: Participant, threats: readonly ThreatBadgeKind[], markAlerts: MarkAlerts): string {
  return JSON.stringify([
    p.name,
    p.role,
    p.self,
    p.sharing,
    p.present,
    p.joinedAt,
    p.leftAt,
    p.removedAt,
    p.previousNames,
    p.marks ?? null,
    threats,
    Object.values(markAlerts).map((alert) => alert.id),
  ]);
}
