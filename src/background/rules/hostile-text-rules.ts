import { defineRule, type AlertDraft, type RulePolicy } from './rule';
import { newNames } from './new-names';

/**
 * Obscene, sexual, hateful or violent display names and chat (EN + FR, obfuscation-aware). A
 * hit alerts and marks the participant; it removes no one unless the host told Shield to
 * ("Dick Van Dyke" trips every list).
 */
export const hostileNameRule = defineRule({
  name: 'hostile-name',
  on: ['joined', 'renamed', 'roster'],
  evaluate: ({ session, event, policy }) => {
    const { enabled, names } = policy.detection.hostileText;
    if (!enabled || !names) return [];
    return newNames(session, event).flatMap(({ id, name }) => nameAlert(id, name, policy));
  },
});

function nameAlert(participantId: string, name: string, policy: RulePolicy): AlertDraft[] {
  const verdict = policy.text.check(name);
  if (!verdict) return [];
  const values = { category: verdict.category, term: verdict.term };
  return [{ kind: 'hostile-name', severity: 'critical', participantId, name, values }];
}

export const hostileChatRule = defineRule({
  name: 'hostile-chat',
  on: ['chat'],
  evaluate: ({ event, policy }) => {
    const { enabled, chat } = policy.detection.hostileText;
    if (!enabled || !chat) return [];
    const verdict = policy.text.check(event.text);
    if (!verdict) return [];
    return [
      {
        kind: 'hostile-chat',
        severity: verdict.category === 'obscene' ? 'warning' : 'critical',
        ...(event.participantId === undefined ? {} : { participantId: event.participantId }),
        name: event.name,
        values: { category: verdict.category, term: verdict.term },
      },
    ];
  },
});
