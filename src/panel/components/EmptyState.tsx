import { t } from '../i18n';
import { DrillButton } from './DrillButton';

/** No meeting open: say what Hostguard does and offer a drill. */
export function EmptyState() {
  return (
    <section class="empty" aria-labelledby="empty-heading" data-testid="empty-state">
      <h2 id="empty-heading">{t('empty_heading')}</h2>
      <p>{t('empty_intro')}</p>
      <ul class="empty-list">
        <li>{t('empty_point_panic')}</li>
        <li>{t('empty_point_roster')}</li>
        <li>{t('empty_point_report')}</li>
        <li>{t('empty_point_privacy')}</li>
      </ul>
      <p>{t('empty_open_meeting')}</p>
      <DrillButton />
    </section>
  );
}
