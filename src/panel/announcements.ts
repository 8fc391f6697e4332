import type { HostCommandKind } from '../shared/actions';
import type { Alert } from '../shared/model/alert';
import type { MeetingSession } from '../shared/model/session';

/**
 * What the live regions say. Kept as data (not text) so the store stays free of i18n and the
 * components localise it when they render.
 */
export type Announcement =
  | { id: number; kind: 'critical-alert'; tabId: number; alert: Alert; more: number }
  | { id: number; kind: 'panic-finished'; tabId: number; ok: boolean; failed: number; total: number }
  | { id: number; kind: 'command-failed'; tabId: number; command: HostCommandKind; failed: number; reason?: string }
  | { id: number; kind: 'command-done'; tabId: number; command: HostCommandKind }
  | { id: number; kind: 'report-prefilling'; tabId: number; name: string }
  | { id: number; kind: 'report-queued'; tabId: number; count: number }
  | { id: number; kind: 'report-not-queued'; tabId: number; reason: string }
  | { id: number; kind: 'images-withheld'; tabId: number }
  | { id: number; kind: 'images-not-withheld'; tabId: number; reason: string }
  | { id: number; kind: 'bundle-failed'; tabId: number; reason: string };

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
/** An announcement before the store numbers it. */
export type AnnouncementDraft = WithoutId<Announcement>;

/** Critical alerts interrupt (assertive); results wait for a pause (polite). */
export const isAssertive = (announcement: Announcement): boolean => announcement.kind === 'critical-alert';

/**
 * What changed between two versions of a session that the host must hear about: critical
 * alerts not seen before, and a panic run that just finished (from the panel or a shortcut).
 */
export function announcementsBetween(before: MeetingSession | undefined, after: MeetingSession): AnnouncementDraft[] {
  const drafts: AnnouncementDraft[] = [];
  const seen = new Set((before?.alerts ?? []).map((alert) => alert.id));
  const fresh = after.alerts.filter((alert) => alert.severity === 'critical' && !seen.has(alert.id));
  const newest = fresh.at(-1);
  if (newest) drafts.push({ kind: 'critical-alert', tabId: after.tabId, alert: newest, more: fresh.length - 1 });
  const panic = after.panic;
  const justFinished =
    panic?.finishedAt !== undefined && (before?.panic?.runId !== panic.runId || before.panic.finishedAt === undefined);
  if (panic && justFinished) {
    const steps = after.actions.filter((record) => record.hostAction === 'panic' && record.at >= panic.startedAt);
    const failed = steps.filter((record) => !record.result.ok).length;
    drafts.push({
      kind: 'panic-finished',
      tabId: after.tabId,
      ok: panic.ok ?? failed === 0,
      failed,
      total: steps.length,
    });
  }
  return drafts;
}
