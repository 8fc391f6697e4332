import { t } from '../i18n';
import { usePanelStore } from '../use-panel';

/** Opens the practice meeting with a scripted raid: rehearse before it is real. */
export function DrillButton() {
  const store = usePanelStore();
  return (
    <div class="drill">
      <button
        type="button"
        class="secondary-button"
        aria-describedby="drill-what"
        onClick={() => void store.getState().openDrill()}
      >
        {t('drill_button')}
      </button>
      <p id="drill-what" class="hint">
        {t('drill_what')}
      </p>
    </div>
  );
}
