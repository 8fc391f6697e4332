import { DEFAULT_DETECTION_SETTINGS, DETECTION_LIMITS, type DetectionSettings } from './model/detection-settings';
import {
  DEFAULT_SAFE_VIEW_SETTINGS,
  DEFAULT_SHIELD_SETTINGS,
  type SafeViewSettings,
  type ShieldSettings,
} from './model/shield';

/**
 * storage.local keys of the host's detection policy (written by the options page, read by the
 * background and, for safe view, by the content script). Every reader goes through the `as…`
 * functions: a value from an older version, or typed by hand, falls back field by field.
 */
export const DETECTION_SETTINGS_KEY = 'detectionSettings';
export const SHIELD_SETTINGS_KEY = 'shieldSettings';
export const SAFE_VIEW_SETTINGS_KEY = 'safeViewSettings';

type Loose = Record<string, unknown>;
const record = (value: unknown): Loose => (typeof value === 'object' && value !== null ? (value as Loose) : {});
const flag = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);
const count = (value: unknown, fallback: number, { min, max }: { min: number; max: number }): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;

/** Trimmed, de-duplicated, bounded list of short strings. */
export function termList(value: unknown, maxItems: number, maxLength: number): string[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const term = item.trim().slice(0, maxLength);
    if (term) seen.add(term);
    if (seen.size >= maxItems) break;
  }
  return [...seen];
}

export function asDetectionSettings(value: unknown): DetectionSettings {
  const d = DEFAULT_DETECTION_SETTINGS;
  const L = DETECTION_LIMITS;
  const raw = record(value);
  const burst = record(raw.joinBurst);
  const tripwire = record(raw.shareTripwire);
  const text = record(raw.hostileText);
  const flood = record(raw.chatFlood);
  const expected = record(raw.expectedAttendees);
  return {
    joinBurst: {
      enabled: flag(burst.enabled, d.joinBurst.enabled),
      joins: count(burst.joins, d.joinBurst.joins, L.joins),
      windowSeconds: count(burst.windowSeconds, d.joinBurst.windowSeconds, L.windowSeconds),
    },
    shareTripwire: {
      enabled: flag(tripwire.enabled, d.shareTripwire.enabled),
      freshJoinerSeconds: count(tripwire.freshJoinerSeconds, d.shareTripwire.freshJoinerSeconds, L.freshJoinerSeconds),
    },
    hostileText: {
      enabled: flag(text.enabled, d.hostileText.enabled),
      names: flag(text.names, d.hostileText.names),
      chat: flag(text.chat, d.hostileText.chat),
      extraTerms: termList(text.extraTerms, L.terms, L.termLength),
      allowedTerms: termList(text.allowedTerms, L.terms, L.termLength),
    },
    impersonation: { enabled: flag(record(raw.impersonation).enabled, d.impersonation.enabled) },
    rejoin: { enabled: flag(record(raw.rejoin).enabled, d.rejoin.enabled) },
    chatFlood: {
      enabled: flag(flood.enabled, d.chatFlood.enabled),
      messages: count(flood.messages, d.chatFlood.messages, L.chatMessages),
      windowSeconds: count(flood.windowSeconds, d.chatFlood.windowSeconds, L.windowSeconds),
    },
    expectedAttendees: {
      enabled: flag(expected.enabled, d.expectedAttendees.enabled),
      names: termList(expected.names, L.attendees, L.attendeeLength),
    },
  };
}

export function asShieldSettings(value: unknown): ShieldSettings {
  const raw = record(value);
  const d = DEFAULT_SHIELD_SETTINGS;
  return {
    stopTripwireShare: flag(raw.stopTripwireShare, d.stopTripwireShare),
    lockAfterBurst: flag(raw.lockAfterBurst, d.lockAfterBurst),
    disableSharingAfterAlert: flag(raw.disableSharingAfterAlert, d.disableSharingAfterAlert),
    ejectHostileNames: flag(raw.ejectHostileNames, d.ejectHostileNames),
  };
}

export function asSafeViewSettings(value: unknown): SafeViewSettings {
  const raw = record(value);
  const d = DEFAULT_SAFE_VIEW_SETTINGS;
  return { enabled: flag(raw.enabled, d.enabled), allNonHostShares: flag(raw.allNonHostShares, d.allNonHostShares) };
}
