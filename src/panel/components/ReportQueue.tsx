import { t } from '../i18n';
import { usePanel } from '../use-panel';
import { ReportQueueItem } from './ReportQueueItem';

export const REPORTS_SHOWN = 50;

/** Reports started from the panel, from storage.local: they outlive the meeting tab. */
export function ReportQueue() {
  const reports = usePanel((s) => s.reports);
  if (reports.length === 0) return null;
  return (
    <section class="reports" aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('reports_heading')}</h2>
      <ol class="report-list" aria-labelledby="reports-heading" data-testid="report-queue">
        {reports.slice(0, REPORTS_SHOWN).map((report) => (
          <ReportQueueItem key={report.id} report={report} />
        ))}
      </ol>
    </section>
  );
}
