import { useState } from 'preact/hooks';
import { termList } from '../../shared/policy-storage';
import { t } from '../i18n';

interface TermListFieldProps {
  id: string;
  label: string;
  help: string;
  terms: readonly string[];
  maxItems: number;
  maxLength: number;
  onCommit(terms: string[]): void;
}

/** Lines as the stored list will keep them (the same sanitiser the background reads through). */
export function termsFromText(text: string, maxItems: number, maxLength: number) {
  const lines = text.split(/\r\n|\r|\n/u).map((line) => line.trim());
  const wanted = new Set(lines.filter(Boolean).map((line) => line.slice(0, maxLength)));
  const terms = termList(lines, maxItems, maxLength);
  return {
    terms,
    leftOff: Math.max(0, wanted.size - terms.length),
    shortened: lines.filter((line) => line.length > maxLength).length,
  };
}

/** A word list, one term per line; saved when the host leaves the field, shown back as kept. */
export function TermListField({ id, label, help, terms, maxItems, maxLength, onCommit }: TermListFieldProps) {
  // This field is the only writer of its list, so the draft starts from the stored list and
  // is set back to what was kept at each commit.
  const stored = terms.join('\n');
  const [draft, setDraft] = useState(stored);
  const [message, setMessage] = useState('');
  const live = termsFromText(draft, maxItems, maxLength).terms.length;

  const commit = (event: Event) => {
    const parsed = termsFromText((event.target as HTMLTextAreaElement).value, maxItems, maxLength);
    const notes = [
      parsed.leftOff > 0 ? t('opt_terms_left_off', [maxItems, parsed.leftOff]) : '',
      parsed.shortened > 0 ? t('opt_terms_shortened', [maxLength, parsed.shortened]) : '',
    ];
    setMessage(notes.filter(Boolean).join(' '));
    setDraft(parsed.terms.join('\n'));
    if (parsed.terms.join('\n') !== stored) onCommit(parsed.terms);
  };

  return (
    <div class="term-list">
      <label for={id}>{label}</label>
      <p id={`${id}-help`} class="form-note">
        {help}
      </p>
      <textarea
        id={id}
        rows={4}
        spellcheck={false}
        autoComplete="off"
        value={draft}
        aria-describedby={`${id}-help ${id}-count ${id}-message`}
        onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
        // On blur, not onChange: preact/compat would turn onChange into onInput, and trimming
        // at every keystroke would eat the new line being typed.
        onBlur={commit}
      />
      <p id={`${id}-count`} class="form-note" data-testid={`${id}-count`}>
        {t('opt_terms_count', [live, maxItems])}
      </p>
      <p id={`${id}-message`} class="form-error" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
