import type { SettingKey } from '../shared/model/settings';
import {
  HOST_ACTIONS,
  isAvailable,
  type HostActionInfo,
  type HostCommand,
  type HostCommandKind,
} from '../shared/actions';
import type { ActionId } from '../shared/model/action';
import type { Participant } from '../shared/model/participant';
import type { MeetingSession } from '../shared/model/session';
import type { PanelState } from './store';
import { riskScore } from './incident';
import { pendingKey } from './store-deltas';

/**
 * Which meeting the panel shows: the one the host picked, unless they acted on another since
 * (a newer `focus`); else the focus tab; else the most recently updated session.
 */
export function selectedTabId(state: Pick<PanelState, 'sessions' | 'focus' | 'picked'>): number | null {
  const { sessions, focus, picked } = state;
  const has = (tabId: number | undefined) => tabId !== undefined && sessions[tabId] !== undefined;
  const focusValid = focus !== null && has(focus.tabId);
  if (picked && has(picked.tabId) && !(focusValid && focus.at > picked.at)) return picked.tabId;
  if (focusValid) return focus.tabId;
  return sessionsByRecency(sessions)[0]?.tabId ?? null;
}

export function selectedSession(state: Pick<PanelState, 'sessions' | 'focus' | 'picked'>): MeetingSession | null {
  const tabId = selectedTabId(state);
  return tabId === null ? null : (state.sessions[tabId] ?? null);
}

/** Live meetings before closed ones, each newest first. */
export function sessionsByRecency(sessions: Record<number, MeetingSession>): MeetingSession[] {
  return Object.values(sessions).sort(
    (a, b) => Number(a.endedAt !== undefined) - Number(b.endedAt !== undefined) || b.updatedAt - a.updatedAt,
  );
}

/**
 * Whoever is sharing right now first (the share is what hurts, and its Stop share button must be
 * the first thing under PANIC), then present people newest joiners first, then those who left.
 * During an incident (`risk` given) present people go riskiest first instead: by their threat
 * badges, then sharing, then newest joiners; the raider to eject is at the top.
 */
export function rosterOrder(participants: Record<string, Participant>, risk?: { now: number }): Participant[] {
  const sharingNow = (p: Participant) => Number(p.present && p.sharing);
  const score = risk ? (p: Participant) => (p.present ? riskScore(p, risk.now) : 0) : () => 0;
  return Object.values(participants)
    .map((p) => ({ p, score: score(p) }))
    .sort(
      ({ p: a, score: sa }, { p: b, score: sb }) =>
        Number(b.present) - Number(a.present) ||
        sb - sa ||
        sharingNow(b) - sharingNow(a) ||
        b.joinedAt - a.joinedAt ||
        a.id.localeCompare(b.id),
    )
    .map(({ p }) => p);
}

/** Actions are never offered against yourself or a host (the page would refuse anyway). */
export function canActOn(participant: Participant): boolean {
  return !participant.self && participant.role !== 'host';
}

export function hostAction(kind: HostCommandKind): HostActionInfo {
  return HOST_ACTIONS.find((action) => action.kind === kind)!;
}

/** A closed meeting tab can take no action; otherwise the platform must support one. */
export function actionAvailable(
  session: { capabilities: readonly ActionId[]; changeable?: readonly SettingKey[]; endedAt?: number | undefined },
  kind: HostCommandKind,
): boolean {
  if (session.endedAt !== undefined) return false;
  // Lock needs the platform's lock (Meet: restricted access; Jitsi: the lobby), not just any setting.
  if (kind === 'lock' && !session.changeable?.includes('locked')) return false;
  return isAvailable(hostAction(kind), session.capabilities);
}

export function isPending(state: Pick<PanelState, 'pending'>, tabId: number, command: HostCommand): boolean {
  return state.pending[pendingKey(tabId, command)] !== undefined;
}

/** Restore is meaningful once panic saved settings and nothing restored them yet. */
export function canRestore(session: MeetingSession): boolean {
  const panic = session.panic;
  return panic !== undefined && Object.keys(panic.snapshot).length > 0 && panic.restoredAt === undefined;
}
