import { TEXT_CATEGORIES, type AlertKind, type TextCategory } from '../../shared/model/alert';
import type { ActionOrigin } from '../../shared/model/session';
import { HOST_ACTIONS, type HostCommandKind } from '../../shared/actions';
import { lookup, msgKey, t } from '../i18n';
import { actionLabel } from '../labels';

/** The rule that made Shield act, by the kind of alert it raised ("join burst"). */
export const ruleLabel = (kind: AlertKind | undefined): string =>
  (kind === undefined ? '' : lookup(msgKey('rule_name', kind))) || t('rule_name_other');

/** "Host, from the panel" / "Host, by keyboard shortcut" / "Shield rule: join burst". */
export function actorLabel(origin: ActionOrigin, rule?: AlertKind): string {
  if (origin === 'rule') return t('log_actor_rule', ruleLabel(rule));
  return origin === 'shortcut' ? t('log_actor_shortcut') : t('log_actor_panel');
}

export const isTextCategory = (value: unknown): value is TextCategory =>
  typeof value === 'string' && (TEXT_CATEGORIES as readonly string[]).includes(value);

export const textCategoryLabel = (category: TextCategory): string => t(msgKey('text_category', category));

/** "host decision", "join burst", "hostile name (hateful)". */
export function reasonLabel(rule: AlertKind | undefined, category?: TextCategory): string {
  if (rule === undefined) return t('log_reason_host');
  return category ? t('log_reason_category', [ruleLabel(rule), textCategoryLabel(category)]) : ruleLabel(rule);
}

/** A host action id as words; an id the registry does not know shows as it is. */
export const hostActionLabel = (id: string): string =>
  HOST_ACTIONS.some((action) => action.kind === id) ? actionLabel(id as HostCommandKind) : id;
