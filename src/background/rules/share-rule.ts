import { isModerator } from '../../shared/model/participant';
import { defineRule } from './rule';
import { THRESHOLDS } from './thresholds';

/** Any share by a participant is worth seeing; one by someone who just joined is the attack. */
export const shareRule = defineRule({
  name: 'share',
  on: ['share-started'],
  evaluate: ({ session, event }) => {
    const who = session.participants[event.participantId];
    if (!who) return [];
    const base = { participantId: who.id, name: who.name };
    const secondsIn = Math.max(0, Math.round((event.at - who.joinedAt) / 1000));
    if (!isModerator(who) && event.at - who.joinedAt < THRESHOLDS.freshJoinerMs) {
      return [{ ...base, kind: 'fresh-joiner-sharing', severity: 'critical', values: { seconds: secondsIn } }];
    }
    return [{ ...base, kind: 'share-started', severity: isModerator(who) ? 'info' : 'warning' }];
  },
});
