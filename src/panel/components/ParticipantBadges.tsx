import type { Alert } from '../../shared/model/alert';
import type { MarkKind, Participant } from '../../shared/model/participant';
import { hidesCharacters } from '../../shared/text/display-name';
import { FRESH_JOINER_MS, type ThreatBadgeKind } from '../incident';
import { formatTime, t } from '../i18n';
import { roleLabel } from '../labels';
import { AlertText } from './AlertText';
import { ThreatBadge } from './ThreatBadge';

/** The alert behind each mark, when the session still holds it (alerts are capped at 500). */
export type MarkAlerts = Partial<Record<MarkKind, Alert>>;

/** Said when the alert that set a mark was capped away: literal keys for the locale test. */
const GENERIC_REASON: Record<MarkKind, string> = {
  unknown: 'badge_unknown_reason',
  flagged: 'badge_flagged_reason',
  impersonating: 'badge_impersonating_reason',
  rejoined: 'badge_rejoined_reason',
};

interface ParticipantBadgesProps {
  participant: Participant;
  /** Threat badges to show, strongest first (see incident.ts threatBadges). */
  threats?: readonly ThreatBadgeKind[];
  markAlerts?: MarkAlerts;
}

/** Role, sharing, left, removed and threat states as words (never colour alone). */
export function ParticipantBadges({ participant: p, threats = [], markAlerts = {} }: ParticipantBadgesProps) {
  return (
    <span class="badges">
      {threats.map((kind) => (
        <ThreatBadge key={kind} kind={kind}>
          {reason(p, kind, markAlerts)}
        </ThreatBadge>
      ))}
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

/** Why the badge is there: the alert's own sentence, else a generic line for the mark kind. */
function reason(p: Participant, kind: ThreatBadgeKind, markAlerts: MarkAlerts) {
  if (kind === 'new') return t('badge_new_reason', [formatTime(p.joinedAt), Math.round(FRESH_JOINER_MS / 60_000)]);
  const alert = markAlerts[kind];
  if (alert) return <AlertText alert={alert} fallbackName={p.name} />;
  const mark = p.marks?.[kind];
  return t(GENERIC_REASON[kind], formatTime(mark?.at ?? p.joinedAt));
}
