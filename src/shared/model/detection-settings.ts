/**
 * The host's detection policy (options page, storage.local `detectionSettings`). Every rule can be
 * switched off; thresholds default to the threat model's raids (10–50 joins in seconds, a share
 * within seconds of joining) and stay quiet in an ordinary meeting.
 */
export interface DetectionSettings {
  joinBurst: { enabled: boolean; joins: number; windowSeconds: number };
  /** A non-host share by someone fresh, unexpected or flagged. */
  shareTripwire: { enabled: boolean; freshJoinerSeconds: number };
  /** Obscene, sexual, hateful or violent names and chat (EN + FR, obfuscation-aware). */
  hostileText: {
    enabled: boolean;
    names: boolean;
    chat: boolean;
    /** Extra terms the organisation flags, one per entry (matched obfuscation-aware). */
    extraTerms: string[];
    /** Innocent words that contain a flagged term ("Dickens"); they never fire. */
    allowedTerms: string[];
  };
  /** Look-alike (UTS #39 skeleton) of a moderator or another participant; hidden or bidi characters. */
  impersonation: { enabled: boolean };
  /** Someone removed in this meeting comes back under the same or a look-alike name. */
  rejoin: { enabled: boolean };
  chatFlood: { enabled: boolean; messages: number; windowSeconds: number };
  /** Joiners not on this list are marked "unknown" (empty list: the rule is idle). */
  expectedAttendees: { enabled: boolean; names: string[] };
}

export const DEFAULT_DETECTION_SETTINGS: DetectionSettings = Object.freeze({
  joinBurst: { enabled: true, joins: 5, windowSeconds: 10 },
  shareTripwire: { enabled: true, freshJoinerSeconds: 120 },
  hostileText: { enabled: true, names: true, chat: true, extraTerms: [], allowedTerms: [] },
  impersonation: { enabled: true },
  rejoin: { enabled: true },
  chatFlood: { enabled: true, messages: 10, windowSeconds: 5 },
  expectedAttendees: { enabled: true, names: [] },
}) as DetectionSettings;

/** Bounds that keep a stored or pasted value sane; the options form shows the same ones. */
export const DETECTION_LIMITS = Object.freeze({
  joins: { min: 2, max: 500 },
  windowSeconds: { min: 1, max: 600 },
  freshJoinerSeconds: { min: 0, max: 3600 },
  chatMessages: { min: 2, max: 500 },
  terms: 2000,
  termLength: 80,
  attendees: 5000,
  attendeeLength: 120,
});
