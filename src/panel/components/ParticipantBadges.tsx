import type { Participant } from '../../shared/model/participant';
import { hidesCharacters } from '../../shared/text/display-name';
import { formatTime, t } from '../i18n';
import { roleLabel } from '../labels';

/** Role, sharing, left and removed states as words (never colour alone). */
export function ParticipantBadges({ participant: p }: { participant: Participant }) {
  return (
    <span class="badges">
      {p.self && <span class="badge badge--self">{t('badge_you')}</span>}
      <span class={`badge badge--role badge--${p.role}`}>{roleLabel(p.role)}</span>
      {p.sharing && p.present && <span class="badge badge--sharing">{t('badge_sharing')}</span>}
      {!p.present && (
        <span class="badge badge--left">
          {p.leftAt === undefined ? t('badge_left') : t('badge_left_at', formatTime(p.leftAt))}
        </span>
      )}
      {p.removedAt !== undefined && <span class="badge badge--removed">{t('badge_removed')}</span>}
      {hidesCharacters(p.name) && (
        <span class="badge badge--hidden" title={t('badge_hidden_chars_title')}>
          {t('badge_hidden_chars')}
        </span>
      )}
    </span>
  );
}
