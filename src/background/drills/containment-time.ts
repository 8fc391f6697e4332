import { THREAT_KINDS, type Alert } from '../../shared/model/alert';
import type { DrillRecord } from '../../shared/model/drill';
import { isModerator } from '../../shared/model/participant';
import type { MeetingSession } from '../../shared/model/session';

/**
 * A drill's result, once the session shows it contained: pure, so the definition is tested.
 * The attack starts at the first threat alert after `since`; it is contained when no one but a
 * moderator is sharing, the room is locked if a raid came, chat is closed (or its attackers gone)
 * if the attack was in chat, and a verified step got it there.
 * Undefined while the attack is still on (or none started).
 */
export function containmentOf(session: MeetingSession, since: number): DrillRecord | undefined {
  const start = session.alerts.find((a) => a.at >= since && THREAT_KINDS.includes(a.kind));
  if (!start) return undefined;
  const intruderSharing = Object.values(session.participants).some((p) => p.present && p.sharing && !isModerator(p));
  if (intruderSharing) return undefined;
  if (since_(session.alerts, start.at, 'join-burst') && session.settings.locked !== true) return undefined;
  if (chatAttackOpen(session, start.at)) return undefined;
  const steps = session.actions.filter((r) => r.at >= start.at && r.result.ok && r.step !== 'shield:on');
  const last = steps.at(-1);
  if (!last) return undefined;
  return {
    id: `${session.id}:${start.id}`,
    at: last.at,
    attack: start.kind,
    containedMs: Math.max(0, last.at - start.at),
    shield: session.shield?.on === true,
    by: last.origin,
  };
}

const since_ = (alerts: readonly Alert[], since: number, kind: Alert['kind']) =>
  alerts.some((a) => a.at >= since && a.kind === kind);

/** A chat attack is over when chat is closed or every sender of it is gone. */
function chatAttackOpen(session: MeetingSession, since: number): boolean {
  if (session.settings.chatAllowed === false) return false;
  return session.alerts.some(
    (a) =>
      a.at >= since &&
      (a.kind === 'chat-flood' || a.kind === 'hostile-chat') &&
      (a.participantId === undefined || session.participants[a.participantId]?.present !== false),
  );
}
