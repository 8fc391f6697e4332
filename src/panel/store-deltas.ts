import type { Report } from '../shared/model/report';
import type { MeetingSession } from '../shared/model/session';
import type { CommandOutcome } from '../shared/protocol/messages';
import type { HostCommand } from '../shared/actions';
import { announcementsBetween, type AnnouncementDraft } from './announcements';
import type { PanelSnapshot, StorageDelta } from './storage-snapshot';

/** Caps on what the panel keeps in memory, whatever storage holds. */
export const PANEL_LIMITS = Object.freeze({ reports: 200, announcements: 5 });

/** Newest first, capped: the queue is for the last few meetings, not an archive. */
export function capReports(reports: readonly Report[]): Report[] {
  return [...reports].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, PANEL_LIMITS.reports);
}

/** The next snapshot after `delta`, plus what the host should hear about it. */
export function applyDelta(
  state: PanelSnapshot,
  delta: StorageDelta,
): { next: Partial<PanelSnapshot>; heard: AnnouncementDraft[] } {
  const next: Partial<PanelSnapshot> = {};
  const heard: AnnouncementDraft[] = [];
  if (delta.sessions) {
    const sessions: Record<number, MeetingSession> = { ...state.sessions };
    for (const [key, session] of Object.entries(delta.sessions)) {
      const tabId = Number(key);
      if (session === null) {
        delete sessions[tabId];
        continue;
      }
      heard.push(...announcementsBetween(state.sessions[tabId], session));
      sessions[tabId] = session;
    }
    next.sessions = sessions;
  }
  if (delta.focus !== undefined) next.focus = delta.focus;
  if (delta.reports) next.reports = capReports(delta.reports);
  return { next, heard };
}

/** Steps that really failed; `awaiting-host` means the page waits for the host, not a failure. */
export function failedSteps(outcome: CommandOutcome): number {
  return outcome.steps.filter((step) => !step.result.ok && step.result.code !== 'awaiting-host').length;
}

/**
 * What to say when a command's reply arrives. A finished panic is announced from the session
 * (so shortcut-triggered runs are heard too); here only a panic that never reached a meeting.
 */
export function outcomeAnnouncement(
  tabId: number,
  command: HostCommand,
  outcome: CommandOutcome,
): AnnouncementDraft | undefined {
  const failed = failedSteps(outcome);
  const nothingRan = !outcome.ok && outcome.steps.length === 0;
  if (failed > 0 || nothingRan) {
    const noMeeting = outcome.steps.some((step) => step.result.code === 'no-meeting');
    if (command.kind === 'panic' && !nothingRan && !noMeeting) return undefined;
    return { kind: 'command-failed', tabId, command: command.kind, failed };
  }
  if (command.kind === 'panic' || command.kind === 'report') return undefined;
  return { kind: 'command-done', tabId, command: command.kind };
}

/** Accepts only a real CommandOutcome; anything else (a rejection, no listener) is an error. */
export function asOutcome(reply: unknown): CommandOutcome {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply && Array.isArray((reply as CommandOutcome).steps)) {
    return reply as CommandOutcome;
  }
  const reason = (reply as { reason?: unknown } | undefined)?.reason;
  throw new Error(typeof reason === 'string' ? reason : 'Hostguard did not answer');
}

/** One pending entry per command and target, so a double press does not send twice. */
export function pendingKey(tabId: number, command: HostCommand): string {
  return `${tabId}:${command.kind}:${'participantId' in command ? command.participantId : ''}`;
}
