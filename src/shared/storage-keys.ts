/**
 * Where state lives. The background writes; the panel only reads and listens to changes, so it
 * stays current across service-worker restarts without holding a port open.
 *
 * storage.session (memory, cleared with the browser session):
 *   `session:<tabId>`         -> the session header: MeetingSession without its roster
 *   `roster:<tabId>:<bucket>` -> part of its roster (see session-storage.ts)
 *   `focus`           -> Focus: the meeting tab the host acted on or opened last
 * storage.local (disk: outlives tabs and restarts):
 *   `reports`         -> Report[]: platform report forms the host was asked to confirm
 *   `outbox`          -> OutboxSummaryItem[]: the panel's view of the report outbox (model/outbox.ts)
 *   `destinations`    -> DestinationSettings: receiver and chat webhook (model/destinations.ts)
 *   `evidenceStatus`  -> Record<meetingId, EvidenceStatus>: capture armed or not (model/evidence.ts)
 *   `retention`       -> RetentionSettings: how long evidence stays on the device
 * IndexedDB (disk): `hostguard-outbox` (reports until delivered) and `hostguard-evidence`
 *   (frames, snapshots and the hash chain per meeting).
 *   `jitsiOrigins`    -> string[]: self-hosted Jitsi origins the host added (options page)
 *   `panicOptions`    -> PanicOptions: what panic does beyond containment (options page)
 */
export const SESSION_PREFIX = 'session:';
export const sessionKey = (tabId: number): string => `${SESSION_PREFIX}${tabId}`;
export const FOCUS_KEY = 'focus';
export const REPORTS_KEY = 'reports';
export const JITSI_ORIGINS_KEY = 'jitsiOrigins';
export const PANIC_OPTIONS_KEY = 'panicOptions';

/** The host's choices for panic; off by default, because removing is not undoable by Restore. */
export interface PanicOptions {
  /** After containment, remove (and block) every participant who was sharing. */
  removeSharers: boolean;
}
export const DEFAULT_PANIC_OPTIONS: PanicOptions = Object.freeze({ removeSharers: false });

export function asPanicOptions(value: unknown): PanicOptions {
  const removeSharers = typeof value === 'object' && value !== null && (value as PanicOptions).removeSharers === true;
  return { removeSharers };
}

export interface Focus {
  tabId: number;
  at: number;
}

export function tabIdOfSessionKey(key: string): number | undefined {
  if (!key.startsWith(SESSION_PREFIX)) return undefined;
  const tabId = Number(key.slice(SESSION_PREFIX.length));
  return Number.isInteger(tabId) ? tabId : undefined;
}
