import type { MeetingSettings } from './settings';
import type { ReportCategory } from './report';

/**
 * One step an adapter performs by driving the page's own controls. Each adapter declares the
 * ids it supports; a missing id means "unsupported on this platform".
 */
export type ActionRequest =
  | { id: 'stop-share'; participantId: string }
  /** Applied in `orderedSettingKeys` order, through one visit to the client's security controls. */
  | { id: 'set-settings'; changes: Partial<MeetingSettings> }
  | { id: 'remove'; participantId: string; blockRejoin: boolean }
  /** Opens the platform's own report dialog, prefilled; the host confirms it in the page. */
  | { id: 'report'; participantId: string; category: ReportCategory; description: string; alsoRemove: boolean }
  | { id: 'mute-all' }
  /** The platform's native all-in-one containment (Zoom: "Suspend participant activities"). */
  | { id: 'suspend' };

export type ActionId = ActionRequest['id'];
export type ActionRequestOf<K extends ActionId> = Extract<ActionRequest, { id: K }>;

/** Why an action ended as it did; the panel localises it, `detail` adds specifics in English. */
export const RESULT_CODES = [
  'done',
  'awaiting-host',
  'unsupported',
  'control-missing',
  'target-missing',
  'not-verified',
  'aborted',
  'no-meeting',
  'error',
] as const;
export type ResultCode = (typeof RESULT_CODES)[number];

export interface ActionResult {
  ok: boolean;
  /** Wall time from the request reaching the adapter to the outcome being verified on the page. */
  ms: number;
  code: ResultCode;
  detail: string;
  /** Settings as read on the page before and after, when the action went through them. */
  before?: Partial<MeetingSettings>;
  after?: Partial<MeetingSettings>;
}

export function failed(code: Exclude<ResultCode, 'done'>, detail: string, ms = 0): ActionResult {
  return { ok: false, ms, code, detail };
}
