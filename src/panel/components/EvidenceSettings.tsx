import { useEffect, useState } from 'preact/hooks';
import { asRetention, RETENTION_LIMITS, type RetentionSettings } from '../../shared/model/evidence';
import { t } from '../i18n';
import type { ReportSettingsStore } from '../destinations-store';

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/**
 * Screenshots of meeting tabs (one optional permission, asked for here and nowhere else), how
 * long evidence stays on this device, and how much room it takes now.
 */
export function EvidenceSettings({ store }: { store: ReportSettingsStore }) {
  const [screenshots, setScreenshots] = useState<boolean | null>(null);
  const [retention, setRetention] = useState<RetentionSettings | null>(null);
  const [used, setUsed] = useState<number | undefined>(undefined);
  useEffect(() => {
    void store.hasScreenshots().then(setScreenshots);
    void store.retention.load().then(setRetention);
    void store.storageUse().then(setUsed);
  }, [store]);

  const allow = () => void store.requestScreenshots().then(setScreenshots);
  const stop = () => void store.dropScreenshots().then(() => setScreenshots(false));
  const change = (next: RetentionSettings) => {
    // Shown as it will be stored: 900 days becomes the 365-day maximum at once.
    setRetention(asRetention(next));
    void store.retention.save(next);
  };

  return (
    <div data-testid="evidence-settings">
      <h3>{t('evidence_settings_heading')}</h3>
      <p class="form-note">{t('screenshots_help')}</p>
      <p role="status" data-testid="screenshots-state">
        {screenshots === null ? '' : screenshots ? t('screenshots_allowed') : t('screenshots_not_allowed')}
      </p>
      {screenshots === false && (
        <button type="button" onClick={allow}>
          {t('screenshots_allow')}
        </button>
      )}
      {screenshots === true && (
        <button type="button" class="secondary-button" onClick={stop}>
          {t('screenshots_stop')}
        </button>
      )}
      {retention && (
        <>
          <label for="retention-days">{t('retention_days')}</label>
          <input
            id="retention-days"
            type="number"
            min={RETENTION_LIMITS.minDays}
            max={RETENTION_LIMITS.maxDays}
            value={retention.days}
            onChange={(e) => change({ ...retention, days: Number(e.currentTarget.value) })}
          />
          <label class="check">
            <input
              type="checkbox"
              checked={retention.purgeAfterExport}
              onChange={(e) => change({ ...retention, purgeAfterExport: e.currentTarget.checked })}
            />{' '}
            {t('retention_after_export')}
          </label>
        </>
      )}
      <p class="form-note" data-testid="storage-use">
        {used === undefined ? t('storage_use_unknown') : t('storage_use', megabytes(used))}
      </p>
    </div>
  );
}
