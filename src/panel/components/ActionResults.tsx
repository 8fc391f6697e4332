import type { MeetingSession } from '../../shared/model/session';
import { t } from '../i18n';
import { useStableRows } from '../use-stable-rows';
import { ActionResultItem } from './ActionResultItem';

export const RESULTS_SHOWN = 100;

/** The session's action log, newest first: what Hostguard did, whether it worked, how long it took. */
export function ActionResults({ session }: { session: MeetingSession }) {
  const newestFirst = session.actions.slice(-RESULTS_SHOWN).reverse();
  const nameOf = (id: string | undefined) => (id === undefined ? undefined : session.participants[id]?.name);
  // Records never change once logged; only the participant's current name can.
  const rows = useStableRows(
    newestFirst,
    (record) => record.id,
    (record) => nameOf(record.participantId) ?? '',
    (record) => (
      <ActionResultItem
        key={record.id}
        record={record}
        who={nameOf(record.participantId)}
        platform={session.platform}
      />
    ),
  );
  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('results_heading')}</h2>
      {newestFirst.length === 0 ? (
        <p class="empty-note">{t('results_empty')}</p>
      ) : (
        <ol class="result-list" aria-labelledby="results-heading" data-testid="action-results">
          {rows}
        </ol>
      )}
    </section>
  );
}
