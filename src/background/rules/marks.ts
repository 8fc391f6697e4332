import type { Alert, AlertKind } from '../../shared/model/alert';
import type { MarkKind } from '../../shared/model/participant';
import type { MeetingSession } from '../../shared/model/session';

/** Which badge an alert gives the participant it is about. */
const MARK_OF: Partial<Record<AlertKind, MarkKind>> = {
  'hostile-name': 'flagged',
  'hostile-chat': 'flagged',
  'explicit-image': 'flagged',
  impersonation: 'impersonating',
  'hidden-characters': 'impersonating',
  'rejoin-after-removal': 'rejoined',
  'unexpected-joiner': 'unknown',
  'unexpected-sharer': 'unknown',
};

/**
 * Puts the badges of `alerts` on their participants, in the draft, AFTER the event is applied
 * (a joiner's row exists by then). The first alert of a kind stays the badge's reason.
 */
export function markParticipants(draft: MeetingSession, alerts: readonly Alert[]): void {
  for (const alert of alerts) {
    const kind = MARK_OF[alert.kind];
    const who = alert.participantId === undefined ? undefined : draft.participants[alert.participantId];
    if (!kind || !who || who.marks?.[kind]) continue;
    const mark = {
      at: alert.at,
      alertId: alert.id,
      alertKind: alert.kind,
      ...(alert.values ? { values: alert.values } : {}),
    };
    draft.participants[who.id] = { ...who, marks: { ...who.marks, [kind]: mark } };
  }
}
