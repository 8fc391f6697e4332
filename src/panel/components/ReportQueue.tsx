import { t } from '../i18n';
import { usePanel } from '../use-panel';
import { OutboxItem } from './OutboxItem';
import { ReportQueueItem } from './ReportQueueItem';

export const REPORTS_SHOWN = 50;

/**
 * Reports: those in the outbox (to the safety desk and chat), each with its delivery state, and
 * the platform's own report forms the host was asked to confirm. Both outlive the meeting tab.
 */
export function ReportQueue() {
  const outbox = usePanel((s) => s.outbox);
  const reports = usePanel((s) => s.reports);
  if (reports.length === 0 && outbox.length === 0) return null;
  return (
    <section class="reports" aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('reports_heading')}</h2>
      {outbox.length > 0 && (
        <ol class="report-list" aria-label={t('outbox_heading')} data-testid="outbox">
          {outbox.slice(0, REPORTS_SHOWN).map((item) => (
            <OutboxItem key={item.key} item={item} />
          ))}
        </ol>
      )}
      {reports.length > 0 && (
        <ol class="report-list" aria-label={t('platform_reports_heading')} data-testid="report-queue">
          {reports.slice(0, REPORTS_SHOWN).map((report) => (
            <ReportQueueItem key={report.id} report={report} />
          ))}
        </ol>
      )}
    </section>
  );
}
