import type { SafeViewSettings } from '../../shared/model/shield';
import { t } from '../i18n';
import type { StoredValue } from '../stored-value';
import { useStoredValue } from '../use-stored-value';
import { SaveStatus } from './SaveStatus';

/** Safe view blurs shares on the host's own screen, so a raid's images need not be seen to be stopped. */
export function SafeViewSettingsForm({ store }: { store: StoredValue<SafeViewSettings> }) {
  const { value, status, edit } = useStoredValue(store);
  if (!value) return null;
  const set = (field: keyof SafeViewSettings) => (event: Event) => {
    const checked = (event.target as HTMLInputElement).checked;
    edit((current) => ({ ...current, [field]: checked }));
  };
  return (
    <section aria-labelledby="safe-view-heading" data-testid="safe-view-settings">
      <h2 id="safe-view-heading">{t('opt_safe_view_heading')}</h2>
      <fieldset>
        <legend>{t('opt_safe_view_legend')}</legend>
        <label class="check">
          <input type="checkbox" checked={value.enabled} aria-describedby="safe-view-help" onChange={set('enabled')} />{' '}
          <span>{t('opt_safe_view_enabled')}</span>
        </label>
        <p id="safe-view-help" class="form-note">
          {t('opt_safe_view_enabled_help')}
        </p>
        <label class="check">
          <input
            type="checkbox"
            checked={value.allNonHostShares}
            // Only meaningful while safe view is on; the stored choice is kept for when it is back.
            disabled={!value.enabled}
            aria-describedby="safe-view-all-help"
            onChange={set('allNonHostShares')}
          />{' '}
          <span>{t('opt_safe_view_all_shares')}</span>
        </label>
        <p id="safe-view-all-help" class="form-note">
          {t('opt_safe_view_all_shares_help')}
        </p>
      </fieldset>
      <SaveStatus status={status} testId="safe-view-status" />
    </section>
  );
}
