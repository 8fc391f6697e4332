import { useState } from 'preact/hooks';
import { t } from '../i18n';

export interface Range {
  min: number;
  max: number;
}

/** What the host typed, as a whole number inside the range; `adjusted` when it had to change. */
export function withinRange(input: string, { min, max }: Range): { value: number; adjusted: boolean } | null {
  const typed = Number(input.trim().replace(',', '.'));
  if (input.trim() === '' || !Number.isFinite(typed)) return null;
  const value = Math.min(max, Math.max(min, Math.round(typed)));
  return { value, adjusted: value !== typed };
}

interface NumberFieldProps {
  id: string;
  label: string;
  value: number;
  range: Range;
  onCommit(value: number): void;
}

/**
 * A threshold. Committed on Enter or when leaving the field; a value out of range is
 * clamped, shown back in the field, and the message says what was kept and why.
 */
export function NumberField({ id, label, value, range, onCommit }: NumberFieldProps) {
  // The only writer of its threshold: the draft starts from the stored value, and is set to what was kept.
  const [draft, setDraft] = useState(String(value));
  const [message, setMessage] = useState('');

  const commit = (event: Event) => {
    const input = (event.target as HTMLInputElement).value;
    const parsed = withinRange(input, range);
    if (!parsed) {
      setDraft(String(value));
      setMessage(t('options_number_invalid', [label, range.min, range.max, value]));
      return;
    }
    setDraft(String(parsed.value));
    setMessage(parsed.adjusted ? t('options_number_clamped', [label, range.min, range.max, parsed.value]) : '');
    if (parsed.value !== value) onCommit(parsed.value);
  };

  return (
    <div class="number-field">
      <label for={id}>{label}</label>{' '}
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={range.min}
        max={range.max}
        step={1}
        value={draft}
        aria-describedby={`${id}-range ${id}-message`}
        onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        // Blur and Enter, not onChange: were preact/compat ever loaded here, it would turn
        // onChange into onInput and clamp the field at every keystroke.
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit(e)}
      />{' '}
      <span id={`${id}-range`} class="form-note">
        {t('options_number_range', [range.min, range.max])}
      </span>
      <p id={`${id}-message`} class="form-error" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
