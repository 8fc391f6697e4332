import { browser } from '../../shared/platform/browser';
import type { DetectionSettings } from '../../shared/model/detection-settings';
import type { SafeViewSettings, ShieldSettings } from '../../shared/model/shield';
import {
  asDetectionSettings,
  asSafeViewSettings,
  asShieldSettings,
  DETECTION_SETTINGS_KEY,
  SAFE_VIEW_SETTINGS_KEY,
  SHIELD_SETTINGS_KEY,
} from '../../shared/policy-storage';
import type { RulePolicy } from '../rules/rule';
import { matcherFor } from '../rules/text/matcher';
import { expectedKeys } from '../rules/expected-attendees';

export interface Policy {
  rules: RulePolicy;
  shield: ShieldSettings;
  safeView: SafeViewSettings;
}

const KEYS = [DETECTION_SETTINGS_KEY, SHIELD_SETTINGS_KEY, SAFE_VIEW_SETTINGS_KEY];
let cached: Promise<Policy> | undefined;

/**
 * The host's policy from the options page, read once and kept until storage says it changed:
 * every event batch needs it, and a storage read per batch would add latency to detection.
 */
export function currentPolicy(): Promise<Policy> {
  cached ??= browser.storage.local.get(KEYS).then(policyFrom, (error: unknown) => {
    console.warn('Hostguard could not read its settings; using the defaults', error);
    return policyFrom({});
  });
  return cached;
}

export function policyFrom(stored: Record<string, unknown>): Policy {
  const detection: DetectionSettings = asDetectionSettings(stored[DETECTION_SETTINGS_KEY]);
  const { extraTerms, allowedTerms } = detection.hostileText;
  return {
    rules: {
      detection,
      text: matcherFor({ extraTerms, allowedTerms }),
      expected: detection.expectedAttendees.enabled ? expectedKeys(detection.expectedAttendees.names) : new Set(),
    },
    shield: asShieldSettings(stored[SHIELD_SETTINGS_KEY]),
    safeView: asSafeViewSettings(stored[SAFE_VIEW_SETTINGS_KEY]),
  };
}

/** Registered at top level by main.ts, so a change made while the worker slept is seen on wake. */
export function watchPolicy(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEYS.some((key) => key in changes)) cached = undefined;
  });
}

/** Tests reset the fake browser between cases, listeners included. */
export function __forgetPolicyForTests(): void {
  cached = undefined;
}
