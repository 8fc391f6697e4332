import type { AlertKind } from '../../shared/model/alert';
import { isModerator, type Participant } from '../../shared/model/participant';
import { defineRule, type RulePolicy } from './rule';
import { isExpected } from './expected-attendees';

/**
 * Any share is worth seeing; a share by a non-host who just arrived, is not on the expected
 * list, or was already flagged is the attack itself (a tripwire: Shield stops it, safe view
 * keeps it blurred).
 */
export const shareRule = defineRule({
  name: 'share',
  on: ['share-started'],
  evaluate: ({ session, event, policy }) => {
    const who = session.participants[event.participantId];
    if (!who) return [];
    const base = { participantId: who.id, name: who.name };
    const tripwire = policy.detection.shareTripwire.enabled && !isModerator(who) && !who.self;
    const kind = tripwire ? tripwireKind(who, event.at, policy) : undefined;
    if (kind === 'fresh-joiner-sharing') {
      const seconds = Math.max(0, Math.round((event.at - who.joinedAt) / 1000));
      return [{ ...base, kind, severity: 'critical', values: { seconds } }];
    }
    if (kind) return [{ ...base, kind, severity: 'critical' }];
    return [{ ...base, kind: 'share-started', severity: isModerator(who) ? 'info' : 'warning' }];
  },
});

function tripwireKind(who: Participant, at: number, policy: RulePolicy): AlertKind | undefined {
  const freshMs = policy.detection.shareTripwire.freshJoinerSeconds * 1000;
  if (who.arrivedLive && at - who.joinedAt < freshMs) return 'fresh-joiner-sharing';
  if (who.marks?.flagged || who.marks?.impersonating || who.marks?.rejoined) return 'flagged-sharer';
  if (!isExpected(who.name, policy.expected)) return 'unexpected-sharer';
  return undefined;
}
