import type { HostCommand } from '../actions';
import type { ActionId, ActionResult } from './action';
import type { Alert, AlertKind } from './alert';
import type { ShieldState } from './shield';
import type { Health } from './health';
import type { Participant } from './participant';
import type { PlatformId } from './platform';
import type { MeetingSettings, SettingKey } from './settings';

/** What asked for an action: the host (panel or shortcut) or a detection rule (Shield mode). */
export type ActionOrigin = 'panel' | 'shortcut' | 'rule';

/** One performed step, kept in the session log with its timing. */
export interface ActionRecord {
  id: string;
  at: number;
  /** Host-level action (see shared/actions.ts) this step belongs to, e.g. `panic`. */
  hostAction: string;
  /** Step within it, e.g. `stop-share`, `locked`. */
  step: string;
  origin: ActionOrigin;
  participantId?: string;
  result: ActionResult;
  /** The alert whose rule made Shield take this step (origin `rule`). */
  trigger?: { alertId: string; alertKind: AlertKind };
  /** The command that puts back what this step changed, when it can be put back. */
  undo?: HostCommand;
  /** Set on the step once the host undid it: the id of the record that reversed it. */
  undoneBy?: string;
  /** On an undo's own record: the step it reversed. */
  reverses?: string;
}

export interface ChatTrace {
  at: number;
  /** Participant id when the client links messages to rows, else the display name. */
  from: string;
}

/** The last panic run and what Restore will put back. */
export interface PanicState {
  runId: string;
  startedAt: number;
  finishedAt?: number;
  ok?: boolean;
  /** Settings as they were before panic changed them: exactly what Restore applies. */
  snapshot: Partial<MeetingSettings>;
  restoredAt?: number;
}

/**
 * A meeting as the background knows it: one per meeting tab, kept in storage.session so it
 * survives the service worker being stopped. The panel reads it; only the background writes it.
 */
export interface MeetingSession {
  /**
   * This meeting's own id, made when the session starts and kept across reloads of its tab:
   * browsers reuse tab ids (after a restart, too), so evidence and reports never key on `tabId`.
   */
  id: string;
  tabId: number;
  frameId: number;
  /** The page load the adapter runs in; a new one means the meeting page was reloaded. */
  pageId: string;
  platform: PlatformId;
  title: string;
  startedAt: number;
  updatedAt: number;
  /** Set when the meeting tab closed; the session stays readable (timeline, results) for a while. */
  endedAt?: number;
  health: Health;
  /** Adapter actions this platform supports; the panel greys out the rest. */
  capabilities: ActionId[];
  /** Settings this platform can change and read back; panic and Restore touch no others. */
  changeable: SettingKey[];
  /** The client's UI language, and whether the adapter can read it. */
  language: { tag: string; readable: boolean };
  participants: Record<string, Participant>;
  settings: Partial<MeetingSettings>;
  alerts: Alert[];
  actions: ActionRecord[];
  panic?: PanicState;
  /** Shield mode for this meeting; absent means off. */
  shield?: ShieldState;
  /** Recent chat senders (no message text): enough for flood detection, nothing more kept. */
  recentChat: ChatTrace[];
  /** Messages from this tab that failed sender policy or schema checks. */
  rejected: number;
}

/** Caps keep a raid from growing storage.session without bound. */
export const SESSION_LIMITS = Object.freeze({
  alerts: 500,
  actions: 300,
  departed: 1000,
  recentChat: 200,
  endedSessions: 5,
});

/** What identifies a meeting page when its session starts; everything else starts empty. */
export type SessionOrigin = Pick<
  MeetingSession,
  'tabId' | 'frameId' | 'pageId' | 'platform' | 'title' | 'health' | 'capabilities' | 'changeable' | 'language'
>;

export function newMeetingSession(origin: SessionOrigin, now: number): MeetingSession {
  return {
    id: crypto.randomUUID(),
    ...origin,
    startedAt: now,
    updatedAt: now,
    participants: {},
    settings: {},
    alerts: [],
    actions: [],
    recentChat: [],
    rejected: 0,
  };
}
