import type { ParticipantObservation, Role } from './participant';
import type { MeetingSettings } from './settings';
import type { Health } from './health';

/**
 * What an adapter saw happen on the page. Adapters only report; every decision about what an
 * event means (alerts, rules) is made once, in the background.
 */
export type MeetingEvent =
  /** The whole roster as seen now: sent at start and on resync, replaces the background's view. */
  | { kind: 'roster'; at: number; participants: ParticipantObservation[] }
  | { kind: 'joined'; at: number; participant: ParticipantObservation }
  | { kind: 'left'; at: number; participantId: string }
  | { kind: 'renamed'; at: number; participantId: string; from: string; to: string }
  | { kind: 'role-changed'; at: number; participantId: string; role: Role }
  | { kind: 'share-started'; at: number; participantId: string }
  | { kind: 'share-stopped'; at: number; participantId: string }
  | { kind: 'chat'; at: number; messageId: string; participantId?: string; name: string; text: string }
  /** Settings the page shows without opening a menu (e.g. a lock icon). */
  | { kind: 'settings'; at: number; settings: Partial<MeetingSettings> }
  /** The host submitted or cancelled the platform's own report dialog. */
  | { kind: 'report-closed'; at: number; participantId: string; submitted: boolean }
  | { kind: 'health'; at: number; health: Health };

export type MeetingEventKind = MeetingEvent['kind'];
