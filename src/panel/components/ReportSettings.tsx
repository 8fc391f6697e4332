import { t } from '../i18n';
import type { ReportSettingsStore } from '../destinations-store';
import { EndpointForm } from './EndpointForm';
import { EvidenceSettings } from './EvidenceSettings';
import { WebhookForm } from './WebhookForm';

/** Where reports go, and what evidence Hostguard keeps on this device for how long. */
export function ReportSettings({ store }: { store: ReportSettingsStore }) {
  return (
    <section aria-labelledby="report-settings-heading" data-testid="report-settings">
      <h2 id="report-settings-heading">{t('report_settings_heading')}</h2>
      <EndpointForm store={store} />
      <WebhookForm store={store} />
      <EvidenceSettings store={store} />
    </section>
  );
}
