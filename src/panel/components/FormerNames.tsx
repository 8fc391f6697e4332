import { t } from '../i18n';
import { DisplayName } from './DisplayName';

/** Shown at most; a renaming spree must not push the roster off screen. */
const SHOWN = 3;

/** Earlier display names, newest first: renaming to an insult or a real attendee is an attack. */
export function FormerNames({ names }: { names: readonly string[] }) {
  if (names.length === 0) return null;
  const newestFirst = [...names].reverse();
  const hidden = newestFirst.length - SHOWN;
  return (
    <p class="former-names">
      <span class="former-names-label">{t('former_names')}</span>{' '}
      {newestFirst.slice(0, SHOWN).map((name, index) => (
        <span key={index} class="former-name">
          <DisplayName raw={name} />
        </span>
      ))}
      {hidden > 0 && <span class="former-more">{t('former_names_more', hidden)}</span>}
    </p>
  );
}
