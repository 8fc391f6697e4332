import { defineRule } from './rule';

/** Timeline entries for roster changes the host should see but that are not attacks by themselves. */
export const joinedRule = defineRule({
  name: 'joined',
  on: ['joined'],
  evaluate: ({ event }) => [
    { kind: 'joined', severity: 'info', participantId: event.participant.id, name: event.participant.name },
  ],
});

export const leftRule = defineRule({
  name: 'left',
  on: ['left'],
  evaluate: ({ session, event }) => {
    const who = session.participants[event.participantId];
    return who ? [{ kind: 'left', severity: 'info', participantId: who.id, name: who.name }] : [];
  },
});

/** Renaming to an insult, or to another attendee's name, is a classic intruder move. */
export const renamedRule = defineRule({
  name: 'renamed',
  on: ['renamed'],
  evaluate: ({ event }) => [
    {
      kind: 'renamed',
      severity: 'warning',
      participantId: event.participantId,
      name: event.to,
      values: { from: event.from },
    },
  ],
});
