import type { Alert } from '../../shared/model/alert';
import { formatTime } from '../i18n';
import { severityLabel } from '../labels';
import { AlertText } from './AlertText';
import { BurstSweepButton } from './RaidSweepButton';
import { ReportAlertButton } from './ReportAlertButton';

/** One timeline entry: severity in words, time, and the localised sentence. */
export function AlertItem({ alert, fallbackName }: { alert: Alert; fallbackName: string | undefined }) {
  return (
    <li
      class={`alert alert--${alert.severity}`}
      data-testid="alert"
      data-kind={alert.kind}
      data-severity={alert.severity}
    >
      <span class={`badge badge--${alert.severity}`}>{severityLabel(alert.severity)}</span>{' '}
      <time class="time" dateTime={new Date(alert.at).toISOString()}>
        {formatTime(alert.at)}
      </time>{' '}
      <AlertText alert={alert} fallbackName={fallbackName} />
      {alert.kind === 'join-burst' && <BurstSweepButton alertId={alert.id} />}
      <ReportAlertButton alert={alert} />
    </li>
  );
}
