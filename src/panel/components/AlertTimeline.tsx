import type { MeetingSession } from '../../shared/model/session';
import { t } from '../i18n';
import { useStableRows } from '../use-stable-rows';
import { AlertItem } from './AlertItem';

/** Alerts shown; storage keeps up to 500 (SESSION_LIMITS). */
export const ALERTS_SHOWN = 100;

/** What happened in the meeting, newest first, severity in words as well as colour. */
export function AlertTimeline({ session }: { session: MeetingSession }) {
  const newestFirst = session.alerts.slice(-ALERTS_SHOWN).reverse();
  const nameOf = (id: string | undefined) => (id === undefined ? undefined : session.participants[id]?.name);
  // Alerts never change once raised; only the roster name used when an alert has none can.
  const rows = useStableRows(
    newestFirst,
    (alert) => alert.id,
    (alert) => nameOf(alert.participantId) ?? '',
    (alert) => <AlertItem key={alert.id} alert={alert} fallbackName={nameOf(alert.participantId)} />,
  );
  return (
    <section class="timeline" aria-labelledby="alerts-heading">
      <h2 id="alerts-heading">{t('alerts_heading')}</h2>
      {newestFirst.length === 0 ? (
        <p class="empty-note">{t('alerts_empty')}</p>
      ) : (
        <ol class="alert-list" aria-labelledby="alerts-heading" data-testid="alert-list">
          {rows}
        </ol>
      )}
      {session.alerts.length > ALERTS_SHOWN && (
        <p class="cap-note">{t('alerts_capped', [ALERTS_SHOWN, session.alerts.length])}</p>
      )}
    </section>
  );
}
