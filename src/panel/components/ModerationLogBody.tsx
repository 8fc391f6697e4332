import type { MeetingSession } from '../../shared/model/session';
import { t } from '../i18n';
import { buildEntries } from '../moderation-log/entries';
import { buildTotals } from '../moderation-log/totals';
import { useStableRows } from '../use-stable-rows';
import { ModerationLogExport } from './ModerationLogExport';
import { ModerationLogItem } from './ModerationLogItem';
import { ModerationLogTotals } from './ModerationLogTotals';

/** Entries rendered; the session keeps up to 300 (SESSION_LIMITS) and the exports carry them all. */
export const LOG_SHOWN = 100;

/** The open log: totals, exports, then the entries newest first. */
export function ModerationLogBody({ session }: { session: MeetingSession }) {
  const entries = buildEntries(session);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const newestFirst = entries.slice(-LOG_SHOWN).reverse();
  // An entry changes only when its step is undone or its participant renamed.
  const rows = useStableRows(
    newestFirst,
    (entry) => entry.id,
    (entry) => `${entry.reversed ? 1 : 0}|${entry.target?.name ?? ''}`,
    (entry) => (
      <ModerationLogItem
        key={entry.id}
        entry={entry}
        reverses={entry.reverses === undefined ? undefined : byId.get(entry.reverses)}
      />
    ),
  );
  if (entries.length === 0) return <p class="empty-note">{t('log_empty')}</p>;
  return (
    <>
      <ModerationLogTotals totals={buildTotals(entries)} />
      <ModerationLogExport session={session} entries={entries} />
      <ol class="modlog-list" aria-labelledby="modlog-heading" data-testid="log-entries">
        {rows}
      </ol>
      {entries.length > LOG_SHOWN && <p class="cap-note">{t('log_capped', [LOG_SHOWN, entries.length])}</p>}
    </>
  );
}
