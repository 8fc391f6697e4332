import type { Report } from '../shared/model/report';
import type { MeetingSession } from '../shared/model/session';
import type { CommandOutcome } from '../shared/protocol/messages';
import type { HostCommand } from '../shared/actions';
import { announcementsBetween, type AnnouncementDraft } from './announcements';
import type { PanelSnapshot, StorageDelta } from './storage-snapshot';
import { bucketOf } from '../shared/session-storage';

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
  if (delta.sessions || delta.rosters) {
    const sessions = withRosters(withHeaders(state.sessions, delta.sessions), delta.rosters);
    for (const [tabId, session] of Object.entries(sessions)) {
      const before = state.sessions[Number(tabId)];
      if (session !== before) heard.push(...announcementsBetween(before, session));
    }
    next.sessions = sessions;
  }
  if (delta.focus !== undefined) next.focus = delta.focus;
  if (delta.reports) next.reports = capReports(delta.reports);
  if (delta.drills) next.drills = delta.drills;
  if (delta.outbox) next.outbox = delta.outbox;
  if (delta.evidence) next.evidence = delta.evidence;
  return { next, heard };
}

/** New headers keep the roster the panel already has; a null header removes the session. */
function withHeaders(
  sessions: Record<number, MeetingSession>,
  headers: StorageDelta['sessions'],
): Record<number, MeetingSession> {
  if (!headers) return sessions;
  const next = { ...sessions };
  for (const [key, header] of Object.entries(headers)) {
    const tabId = Number(key);
    if (header === null) delete next[tabId];
    else next[tabId] = { ...header, participants: sessions[tabId]?.participants ?? {} };
  }
  return next;
}

/** A changed bucket replaces exactly the participants that live in it. */
function withRosters(
  sessions: Record<number, MeetingSession>,
  rosters: StorageDelta['rosters'],
): Record<number, MeetingSession> {
  if (!rosters) return sessions;
  const next = { ...sessions };
  for (const { tabId, bucket, participants } of rosters) {
    const session = next[tabId];
    if (!session) continue;
    const kept = Object.entries(session.participants).filter(([id]) => bucketOf(id) !== bucket);
    next[tabId] = { ...session, participants: { ...Object.fromEntries(kept), ...participants } };
  }
  return next;
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

/**
 * One pending entry per command and target, so a double press does not send twice. An undo's
 * target is its record: undoing two different steps quickly must send both.
 */
export function pendingKey(tabId: number, command: HostCommand): string {
  const target = 'participantId' in command ? command.participantId : 'actionId' in command ? command.actionId : '';
  return `${tabId}:${command.kind}:${target}`;
}
