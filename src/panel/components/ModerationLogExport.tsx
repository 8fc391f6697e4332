import type { MeetingSession } from '../../shared/model/session';
import { t } from '../i18n';
import { toCsv } from '../moderation-log/csv';
import type { LogEntry } from '../moderation-log/entries';
import { exportFileName, toJson } from '../moderation-log/json';

/** Excel reads a CSV as the system code page unless it starts with a UTF-8 byte order mark. */
const UTF8_BOM = '\uFEFF';

/** Saves text as a download: a Blob URL on a temporary <a download>, revoked once used. */
export function saveText(text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in Firefox; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Export CSV" and "Export JSON": every entry, not just the ones shown. */
export function ModerationLogExport({ session, entries }: { session: MeetingSession; entries: readonly LogEntry[] }) {
  const exportCsv = () => {
    const name = exportFileName(session.platform, Date.now(), 'csv');
    saveText(UTF8_BOM + toCsv(entries), 'text/csv;charset=utf-8', name);
  };
  const exportJson = () => {
    const now = Date.now();
    saveText(toJson(session, entries, now), 'application/json', exportFileName(session.platform, now, 'json'));
  };
  return (
    <div class="modlog-exports">
      <button type="button" class="secondary-button" onClick={exportCsv} data-testid="export-csv">
        {t('log_export_csv')}
      </button>
      <button type="button" class="secondary-button" onClick={exportJson} data-testid="export-json">
        {t('log_export_json')}
      </button>
    </div>
  );
}
