import { isModerator } from '../../shared/model/participant';
import { defineRule } from './rule';
import { isExpected } from './expected-attendees';

/** With an expected-attendee list, a joiner not on it is marked "unknown" for the host to check. */
export const unexpectedJoinerRule = defineRule({
  name: 'unexpected-joiner',
  on: ['joined'],
  evaluate: ({ event, policy }) => {
    const who = event.participant;
    if (policy.expected.size === 0 || who.self || isModerator(who) || isExpected(who.name, policy.expected)) return [];
    return [{ kind: 'unexpected-joiner', severity: 'warning', participantId: who.id, name: who.name }];
  },
});
