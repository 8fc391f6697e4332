import { THREAT_KINDS, type Alert } from '../../shared/model/alert';
import { t } from '../i18n';
import { composeFromAlert } from '../report-compose';
import { selectedSession } from '../selectors';
import { usePanel, usePanelStore } from '../use-panel';

/** "Report" on a threat alert: opens the composer prefilled with its people, category and time. */
export function ReportAlertButton({ alert }: { alert: Alert }) {
  const store = usePanelStore();
  const session = usePanel(selectedSession);
  if (!session || !THREAT_KINDS.includes(alert.kind)) return null;
  const open = () => store.getState().openDialog(composeFromAlert(session, alert, Date.now()));
  return (
    <button type="button" class="secondary-button report-alert" data-testid="report-alert" onClick={open}>
      {t('report_this_alert')}
    </button>
  );
}
