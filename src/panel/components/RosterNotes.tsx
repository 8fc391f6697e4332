import type { MeetingSession } from '../../shared/model/session';
import { unavailableText } from '../labels';
import { actionAvailable } from '../selectors';

const ROW_ACTIONS = ['stop-share', 'eject', 'report'] as const;
type RowAction = (typeof ROW_ACTIONS)[number];

export const unavailableNoteId = (kind: RowAction): string => `roster-unavailable-${kind}`;

/**
 * One explanation per per-person action the platform lacks, shown once above the roster;
 * every greyed-out row button points to it with aria-describedby.
 */
export function RosterNotes({ session }: { session: MeetingSession }) {
  const missing = ROW_ACTIONS.filter((kind) => !actionAvailable(session, kind));
  if (missing.length === 0) return null;
  return (
    <div class="roster-notes">
      {missing.map((kind) => (
        <p key={kind} id={unavailableNoteId(kind)} class="unavailable-note">
          {unavailableText(kind, session)}
        </p>
      ))}
    </div>
  );
}
