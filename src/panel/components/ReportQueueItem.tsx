import type { Report } from '../../shared/model/report';
import { formatTime, t } from '../i18n';
import { categoryLabel, platformName, statusLabel } from '../labels';
import { DisplayName } from './DisplayName';

/** One report: its status in words, who, what category, when, and what the page said. */
export function ReportQueueItem({ report }: { report: Report }) {
  return (
    <li class={`report report--${report.status}`} data-testid="report" data-status={report.status}>
      <p class="report-head">
        <span class={`badge badge--status-${report.status}`}>{statusLabel(report.status)}</span>{' '}
        <DisplayName raw={report.participantName} />
      </p>
      <p class="report-meta">
        {categoryLabel(report.category)} · {platformName(report.platform)} ·{' '}
        <time dateTime={new Date(report.updatedAt).toISOString()}>{formatTime(report.updatedAt)}</time>
      </p>
      {report.status === 'prefilled' && <p class="hint">{t('report_confirm_in_page')}</p>}
      {report.detail && <DisplayName raw={report.detail} variant="block" max={300} class="report-detail" />}
    </li>
  );
}
