import { useEffect, useState } from 'preact/hooks';
import type { PanicOptions } from '../../shared/storage-keys';
import { t } from '../i18n';

export interface PanicOptionsStore {
  load(): Promise<PanicOptions>;
  save(options: PanicOptions): Promise<void>;
}

/** What panic does beyond containment; removing is the host's choice, and off by default. */
export function PanicOptionsForm({ store }: { store: PanicOptionsStore }) {
  const [options, setOptions] = useState<PanicOptions | null>(null);
  useEffect(() => void store.load().then(setOptions), [store]);
  if (!options) return null;
  const toggle = (event: Event) => {
    const next = { ...options, removeSharers: (event.target as HTMLInputElement).checked };
    setOptions(next);
    void store.save(next);
  };
  return (
    <section aria-labelledby="panic-options-heading" data-testid="panic-options">
      <h2 id="panic-options-heading">{t('panic_options_heading')}</h2>
      <label>
        <input type="checkbox" checked={options.removeSharers} onChange={toggle} /> {t('panic_remove_sharers')}
      </label>
      <p class="form-note">{t('panic_remove_sharers_help')}</p>
    </section>
  );
}
