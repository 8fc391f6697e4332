import { DETECTION_LIMITS, type DetectionSettings } from '../../shared/model/detection-settings';
import { t } from '../i18n';
import { TermListField } from './TermListField';

type HostileText = DetectionSettings['hostileText'];

/** What the host sees as two switches; `enabled` is kept as "either is on". */
export function hostileSwitches(text: HostileText): { names: boolean; chat: boolean } {
  return { names: text.enabled && text.names, chat: text.enabled && text.chat };
}

export function withHostileSwitch(text: HostileText, part: 'names' | 'chat', on: boolean): HostileText {
  const next = { ...hostileSwitches(text), [part]: on };
  return { ...text, ...next, enabled: next.names || next.chat };
}

interface HostileTextFieldsetProps {
  text: HostileText;
  onChange(change: (text: HostileText) => HostileText): void;
}

/** Hostile names and hostile chat share one word list, so they share one fieldset. */
export function HostileTextFieldset({ text, onChange }: HostileTextFieldsetProps) {
  const on = hostileSwitches(text);
  const toggle = (part: 'names' | 'chat') => (event: Event) => {
    const checked = (event.target as HTMLInputElement).checked;
    onChange((current) => withHostileSwitch(current, part, checked));
  };
  return (
    <fieldset class="rule" data-testid="rule-hostile-text">
      <legend>{t('opt_detection_hostile_legend')}</legend>
      <p id="hostile-help" class="form-note">
        {t('opt_detection_hostile_help')}
      </p>
      <label class="check">
        <input type="checkbox" checked={on.names} aria-describedby="hostile-help" onChange={toggle('names')} />{' '}
        <span>{t('opt_detection_hostile_names_on')}</span>
      </label>
      <label class="check">
        <input type="checkbox" checked={on.chat} aria-describedby="hostile-help" onChange={toggle('chat')} />{' '}
        <span>{t('opt_detection_hostile_chat_on')}</span>
      </label>
      <TermListField
        id="extra-terms"
        label={t('opt_detection_extra_terms')}
        help={t('opt_detection_extra_terms_help')}
        terms={text.extraTerms}
        maxItems={DETECTION_LIMITS.terms}
        maxLength={DETECTION_LIMITS.termLength}
        onCommit={(extraTerms) => onChange((current) => ({ ...current, extraTerms }))}
      />
      <TermListField
        id="allowed-terms"
        label={t('opt_detection_allowed_terms')}
        help={t('opt_detection_allowed_terms_help')}
        terms={text.allowedTerms}
        maxItems={DETECTION_LIMITS.terms}
        maxLength={DETECTION_LIMITS.termLength}
        onCommit={(allowedTerms) => onChange((current) => ({ ...current, allowedTerms }))}
      />
    </fieldset>
  );
}
