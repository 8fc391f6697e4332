import { useState } from 'preact/hooks';
import { DETECTION_LIMITS, type DetectionSettings } from '../../shared/model/detection-settings';
import { attendeesFromCsv, attendeesFromText, type AttendeeList } from '../attendee-list';
import { decodeCsvBytes } from '../csv';
import { t } from '../i18n';
import type { StoredValue } from '../stored-value';
import { useStoredValue } from '../use-stored-value';
import { DisplayName } from './DisplayName';
import { SaveStatus } from './SaveStatus';

const PREVIEW_SIZE = 5;
/** Far above any attendee export (5,000 rows of a Zoom report are ~1 MB); keeps a wrong file from freezing the page. */
const MAX_FILE_MB = 10;

interface Message {
  lines: string[];
  error: boolean;
}

/** What the host needs to know about a list just read, beyond its size. */
function notesFor(list: AttendeeList): string[] {
  const L = DETECTION_LIMITS;
  return [
    list.leftOff > 0 ? t('opt_attendees_left_off', [list.found, L.attendees]) : '',
    list.shortened > 0 ? t('opt_attendees_shortened', [list.shortened, L.attendeeLength]) : '',
    list.fromEmails > 0 ? t('opt_attendees_from_emails', list.fromEmails) : '',
  ].filter(Boolean);
}

/** The host pastes or imports who is invited; joiners not on it are marked unknown. */
export function ExpectedAttendees({ store }: { store: StoredValue<DetectionSettings> }) {
  const { value, status, edit } = useStoredValue(store);
  const [pasted, setPasted] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  if (!value) return null;
  const { names, enabled } = value.expectedAttendees;

  const setNames = (next: string[]) =>
    edit((current) => ({ ...current, expectedAttendees: { ...current.expectedAttendees, names: next } }));
  const adopt = (list: AttendeeList, summary: string): boolean => {
    if (list.names.length === 0) {
      setMessage({ lines: [t('opt_attendees_none_found')], error: true });
      return false;
    }
    setNames(list.names);
    setMessage({ lines: [summary, ...notesFor(list)], error: false });
    return true;
  };
  const replaceWithPasted = (event: Event) => {
    event.preventDefault();
    const list = attendeesFromText(pasted);
    if (adopt(list, t('opt_attendees_replaced', list.names.length))) setPasted('');
  };
  const importFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again, after fixing it, imports it again
    if (!file) return;
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      return setMessage({ lines: [t('opt_attendees_file_too_big', MAX_FILE_MB)], error: true });
    }
    try {
      const list = attendeesFromCsv(decodeCsvBytes(await file.arrayBuffer()));
      adopt(list, t('opt_attendees_imported', [list.names.length, file.name]));
    } catch (error) {
      console.warn('Hostguard could not read the attendee file', error);
      setMessage({ lines: [t('opt_attendees_file_unreadable')], error: true });
    }
  };

  return (
    <section aria-labelledby="attendees-heading" data-testid="expected-attendees">
      <h2 id="attendees-heading">{t('opt_attendees_heading')}</h2>
      <p class="form-note">{t('opt_attendees_help')}</p>
      {!enabled && <p class="notice--safety">{t('opt_attendees_rule_off')}</p>}
      <fieldset>
        <legend>{t('opt_attendees_replace_legend')}</legend>
        <form onSubmit={replaceWithPasted}>
          <label for="attendees-paste">{t('opt_attendees_paste_label')}</label>
          <textarea
            id="attendees-paste"
            rows={5}
            spellcheck={false}
            autoComplete="off"
            value={pasted}
            onInput={(e) => setPasted((e.target as HTMLTextAreaElement).value)}
          />
          <button type="submit" class="secondary-button" disabled={pasted.trim() === ''}>
            {t('opt_attendees_use_pasted')}
          </button>
        </form>
        <label for="attendees-file">{t('opt_attendees_file_label')}</label>
        <input
          id="attendees-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="attendees-file-help"
          onChange={(e) => void importFile(e)}
        />
        <p id="attendees-file-help" class="form-note">
          {t('opt_attendees_file_help')}
        </p>
      </fieldset>
      <div role="status" class={message?.error ? 'form-error' : 'form-note'} data-testid="attendees-message">
        {message?.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <p data-testid="attendees-count">{t('opt_attendees_count', [names.length, DETECTION_LIMITS.attendees])}</p>
      {names.length > 0 && (
        <>
          <ul class="attendee-preview" aria-label={t('opt_attendees_preview')} data-testid="attendees-preview">
            {names.slice(0, PREVIEW_SIZE).map((name) => (
              <li key={name}>
                <DisplayName raw={name} />
              </li>
            ))}
          </ul>
          {names.length > PREVIEW_SIZE && (
            <p class="form-note">{t('opt_attendees_more', names.length - PREVIEW_SIZE)}</p>
          )}
          <button type="button" class="secondary-button" onClick={() => setNames([])}>
            {t('opt_attendees_clear')}
          </button>
        </>
      )}
      <SaveStatus status={status} testId="attendees-status" />
    </section>
  );
}
