/**
 * What evidence capture is doing for each meeting, as the background tells the panel through
 * storage.local (`EVIDENCE_STATUS_KEY`), and the host's retention setting (`RETENTION_KEY`, written
 * by the options page). Readers go through `asEvidenceStatus` / `asRetention`: the value may come
 * from an older version or be typed by hand.
 */
export const EVIDENCE_STATUS_KEY = 'evidenceStatus';
export const RETENTION_KEY = 'retention';

/** Meetings whose status is kept; the oldest by `updatedAt` go first. */
export const EVIDENCE_STATUS_MEETINGS = 20;

/**
 * `tab`: screenshots of the meeting tab (`tabs.captureVisibleTab`).
 * `share`: the small frames of the shared screen the content script samples for the image check.
 * `none`: nothing is being recorded right now.
 */
export const CAPTURE_SOURCES = ['tab', 'share', 'none'] as const;
export type CaptureSource = (typeof CAPTURE_SOURCES)[number];

/**
 * Why screenshots of the tab are not being taken:
 * - `no-permission`: Hostguard may not screenshot this tab. The host presses the capture
 *   shortcut on the meeting tab (it grants `activeTab` until the tab leaves the site) or grants
 *   the screenshot permission once in the options page. Share frames may still be recorded.
 * - `stopped-child-safety`: the host reported sexual content involving minors; every image of
 *   the meeting was deleted and no image is captured for the rest of the meeting (hashes only).
 * - `idle`: nothing to record (no participant sharing, no open alert); capture is ready.
 * - `capture-failed`: allowed, but the last screenshot failed (the meeting tab is not the one in
 *   front of its window, the window is minimised, or the browser refused); retried on the next tick.
 */
export const NOT_ARMED_REASONS = ['no-permission', 'stopped-child-safety', 'idle', 'capture-failed'] as const;
export type NotArmedReason = (typeof NOT_ARMED_REASONS)[number];

/** A cap that made capture drop its oldest unpinned frames, or refuse new ones. */
export const CAPTURE_CAPS = ['frames', 'bytes', 'entries'] as const;
export type CaptureCap = (typeof CAPTURE_CAPS)[number];

export interface EvidenceStatus {
  meetingId: string;
  tabId: number;
  /** Tab screenshots are possible now (permission held, not stopped for child safety). */
  armed: boolean;
  source: CaptureSource;
  /** Why `source` is not `tab`; absent while tab screenshots are being taken. */
  reason?: NotArmedReason;
  /** Frames whose image is still held on this device, and their bytes. */
  frames: number;
  bytes: number;
  /** When the oldest held frame was captured. */
  oldestAt?: number;
  /** The last cap that dropped or refused frames of this meeting, if any did. */
  capped?: CaptureCap;
  updatedAt: number;
}

export interface RetentionSettings {
  /** Local evidence older than this many days is deleted (1..365). */
  days: number;
  /** Delete the meeting's images and snapshots once a bundle of it has been exported. */
  purgeAfterExport: boolean;
}

export const RETENTION_LIMITS = Object.freeze({ minDays: 1, maxDays: 365 });
export const DEFAULT_RETENTION: RetentionSettings = Object.freeze({ days: 30, purgeAfterExport: false });

type Loose = Record<string, unknown>;
const record = (value: unknown): Loose | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : undefined;
const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  list.includes(value as T) ? (value as T) : undefined;

/** A well-formed status, or undefined. Unknown fields are dropped. */
export function asEvidenceStatus(value: unknown): EvidenceStatus | undefined {
  const raw = record(value);
  if (!raw) return undefined;
  const { meetingId, tabId, armed } = raw;
  const source = oneOf(CAPTURE_SOURCES, raw.source);
  const frames = count(raw.frames);
  const bytes = count(raw.bytes);
  const updatedAt = count(raw.updatedAt);
  if (typeof meetingId !== 'string' || meetingId.length === 0 || meetingId.length > 256) return undefined;
  if (!Number.isInteger(tabId) || typeof armed !== 'boolean' || !source) return undefined;
  if (frames === undefined || bytes === undefined || updatedAt === undefined) return undefined;
  const status: EvidenceStatus = { meetingId, tabId: tabId as number, armed, source, frames, bytes, updatedAt };
  const reason = oneOf(NOT_ARMED_REASONS, raw.reason);
  if (reason) status.reason = reason;
  const oldestAt = count(raw.oldestAt);
  if (oldestAt !== undefined) status.oldestAt = oldestAt;
  const capped = oneOf(CAPTURE_CAPS, raw.capped);
  if (capped) status.capped = capped;
  return status;
}

/** The stored map, keeping only well-formed statuses under their own meeting id, newest first. */
export function asEvidenceStatuses(value: unknown): Record<string, EvidenceStatus> {
  const raw = record(value) ?? {};
  const statuses = Object.entries(raw)
    .map(([key, item]) => [key, asEvidenceStatus(item)] as const)
    .filter((pair): pair is readonly [string, EvidenceStatus] => pair[1]?.meetingId === pair[0])
    .map(([, status]) => status);
  return boundStatuses(statuses);
}

/** At most `EVIDENCE_STATUS_MEETINGS` statuses, the most recently updated. */
export function boundStatuses(statuses: readonly EvidenceStatus[]): Record<string, EvidenceStatus> {
  const newest = [...statuses].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, EVIDENCE_STATUS_MEETINGS);
  return Object.fromEntries(newest.map((status) => [status.meetingId, status]));
}

export function asRetention(value: unknown): RetentionSettings {
  const raw = record(value) ?? {};
  const { minDays, maxDays } = RETENTION_LIMITS;
  const days =
    typeof raw.days === 'number' && Number.isFinite(raw.days)
      ? Math.min(maxDays, Math.max(minDays, Math.round(raw.days)))
      : DEFAULT_RETENTION.days;
  const purgeAfterExport =
    typeof raw.purgeAfterExport === 'boolean' ? raw.purgeAfterExport : DEFAULT_RETENTION.purgeAfterExport;
  return { days, purgeAfterExport };
}
