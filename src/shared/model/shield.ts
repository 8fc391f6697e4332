/**
 * Shield mode: automatic containment, per meeting, off until the host turns it on. Which actions
 * it may take are the host's choice (options page, storage.local `shieldSettings`).
 */
export interface ShieldSettings {
  /** Stop a tripwire share at once (fresh, unexpected or flagged sharer; explicit image). */
  stopTripwireShare: boolean;
  /** Lock the meeting after a join burst. */
  lockAfterBurst: boolean;
  /** Disable participant screen sharing after any threat alert. */
  disableSharingAfterAlert: boolean;
  /** Remove participants with hostile names. Off: a name hit alerts and marks, removes no one. */
  ejectHostileNames: boolean;
}

export const DEFAULT_SHIELD_SETTINGS: ShieldSettings = Object.freeze({
  stopTripwireShare: true,
  lockAfterBurst: true,
  disableSharingAfterAlert: true,
  ejectHostileNames: false,
});

/** Safe view blurs shares on this moderator's own screen; on for tripwire shares by default. */
export interface SafeViewSettings {
  enabled: boolean;
  /** Blur every non-host share, not only tripwire ones. */
  allNonHostShares: boolean;
}

export const DEFAULT_SAFE_VIEW_SETTINGS: SafeViewSettings = Object.freeze({
  enabled: true,
  allNonHostShares: false,
});

/** The per-meeting switch, kept in the session. */
export interface ShieldState {
  on: boolean;
  changedAt: number;
}
