import { useMemo } from 'preact/hooks';
import type { Participant } from '../../shared/model/participant';
import type { MeetingSession } from '../../shared/model/session';
import { t } from '../i18n';
import { rosterOrder } from '../selectors';
import { useStableRows } from '../use-stable-rows';
import { ParticipantRow } from './ParticipantRow';
import { RosterNotes } from './RosterNotes';

/** Rows rendered at most: a 5,000-person raid must not freeze the panel; newest are on top. */
export const ROSTER_ROWS_SHOWN = 200;

/** Everyone in the meeting, present first and newest joiners first. */
export function Roster({ session }: { session: MeetingSession }) {
  const ordered = useMemo(() => rosterOrder(session.participants), [session.participants]);
  const present = ordered.filter((p) => p.present).length;
  const shown = ordered.slice(0, ROSTER_ROWS_SHOWN);
  const context = `${session.tabId}|${session.capabilities.join(',')}`;
  const rows = useStableRows(
    shown,
    (p) => p.id,
    (p) => context + rowSignature(p),
    (p) => <ParticipantRow key={p.id} tabId={session.tabId} capabilities={session.capabilities} participant={p} />,
  );
  return (
    <section class="roster" aria-labelledby="roster-heading">
      <h2 id="roster-heading">{t('roster_heading', present)}</h2>
      <RosterNotes session={session} />
      {ordered.length === 0 ? (
        <p class="empty-note">{t('roster_empty')}</p>
      ) : (
        <ul class="roster-list" aria-labelledby="roster-heading" data-testid="roster">
          {rows}
        </ul>
      )}
      {ordered.length > shown.length && <p class="cap-note">{t('roster_capped', [shown.length, ordered.length])}</p>}
    </section>
  );
}

/** Everything a row shows; equal signatures mean the old row can be reused as is. */
function rowSignature(p: Participant): string {
  return JSON.stringify([
    p.name,
    p.role,
    p.self,
    p.sharing,
    p.present,
    p.joinedAt,
    p.leftAt,
    p.removedAt,
    p.previousNames,
  ]);
}
