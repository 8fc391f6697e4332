import type { DetectionSettings } from '../../shared/model/detection-settings';
import { asDetectionSettings } from '../../shared/policy-storage';
import type { RulePolicy } from '../rules/rule';
import type { TextMatcher } from '../rules/text/matcher';
import { expectedKeys } from '../rules/expected-attendees';

/** Flags the words "badword" (obscene) and "heil" (hate): the rules' wiring, not the word lists. */
export const stubMatcher: TextMatcher = {
  check: (text) =>
    /heil/i.test(text)
      ? { category: 'hate', term: 'heil hitler', reason: 'contains a hateful term' }
      : /badword/i.test(text)
        ? { category: 'obscene', term: 'badword', reason: 'contains an obscene term' }
        : undefined,
};

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };

export function rulePolicy(overrides: DeepPartial<DetectionSettings> = {}, text = stubMatcher): RulePolicy {
  const detection = asDetectionSettings(overrides);
  return {
    detection,
    text,
    expected: detection.expectedAttendees.enabled ? expectedKeys(detection.expectedAttendees.names) : new Set(),
  };
}
