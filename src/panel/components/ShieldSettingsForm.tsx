import type { ShieldSettings } from '../../shared/model/shield';
import { t } from '../i18n';
import type { StoredValue } from '../stored-value';
import { useStoredValue } from '../use-stored-value';
import { SaveStatus } from './SaveStatus';

interface ShieldChoice {
  field: keyof ShieldSettings;
  label: string;
  help: string;
  warning?: string;
}

/** The automatic actions Shield may take once the host turns it on for a meeting. */
export function ShieldSettingsForm({ store }: { store: StoredValue<ShieldSettings> }) {
  const { value, status, edit } = useStoredValue(store);
  if (!value) return null;
  const choices: ShieldChoice[] = [
    { field: 'stopTripwireShare', label: t('opt_shield_stop_tripwire'), help: t('opt_shield_stop_tripwire_help') },
    { field: 'lockAfterBurst', label: t('opt_shield_lock_after_burst'), help: t('opt_shield_lock_after_burst_help') },
    {
      field: 'disableSharingAfterAlert',
      label: t('opt_shield_disable_sharing'),
      help: t('opt_shield_disable_sharing_help'),
    },
    {
      field: 'ejectHostileNames',
      label: t('opt_shield_eject_hostile_names'),
      help: t('opt_shield_eject_hostile_names_help'),
      // Every detector we measured flagged "Dick Van Dyke": removing on a name alone needs a warning.
      warning: t('opt_shield_eject_hostile_names_warning'),
    },
  ];
  return (
    <section aria-labelledby="shield-heading" data-testid="shield-settings">
      <h2 id="shield-heading">{t('opt_shield_heading')}</h2>
      <p class="form-note">{t('opt_shield_intro')}</p>
      <fieldset>
        <legend>{t('opt_shield_actions_legend')}</legend>
        {choices.map(({ field, label, help, warning }) => (
          <div class="choice" key={field}>
            <label class="check">
              <input
                type="checkbox"
                checked={value[field]}
                aria-describedby={`shield-${field}-help${warning ? ` shield-${field}-warning` : ''}`}
                onChange={(e) => {
                  const checked = (e.target as HTMLInputElement).checked;
                  edit((current) => ({ ...current, [field]: checked }));
                }}
              />{' '}
              <span>{label}</span>
            </label>
            <p id={`shield-${field}-help`} class="form-note">
              {help}
            </p>
            {warning && (
              <p id={`shield-${field}-warning`} class="notice--safety">
                {warning}
              </p>
            )}
          </div>
        ))}
      </fieldset>
      <SaveStatus status={status} testId="shield-status" />
    </section>
  );
}
