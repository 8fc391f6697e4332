import * as v from 'valibot';
import { SETTING_KEYS } from '../model/settings';
import {
  ActionIdSchema,
  ActionRequestSchema,
  FrameSchema,
  HealthSchema,
  HostCommandSchema,
  IdSchema,
  MeetingEventSchema,
  PlatformSchema,
  ReportDraftSchema,
  SettingKeySchema,
  TabIdSchema,
  textSchema,
} from './schemas';
import { LIMITS } from './limits';
import type { ActionResult } from '../model/action';
import type { ActionRecord } from '../model/session';
import type { FileReportReply } from '../model/report-draft';

/** Bumped when a message changes shape; a receiver on another version rejects and asks for resync. */
export const PROTOCOL_VERSION = 1;

const envelope = <T extends string>(type: T) => ({ type: v.literal(type), v: v.literal(PROTOCOL_VERSION) });

/**
 * The one protocol map. A type's prefix names its direction (`content-bg` = content script to
 * background) and decides which senders may use it (see sender.ts).
 */
export const MESSAGE_SCHEMAS = {
  /** A meeting page's adapter started (or restarted after a reload). */
  'content-bg/hello': v.strictObject({
    ...envelope('content-bg/hello'),
    pageId: IdSchema,
    platform: PlatformSchema,
    title: textSchema(LIMITS.title),
    health: HealthSchema,
    capabilities: v.pipe(v.array(ActionIdSchema), v.maxLength(16)),
    settings: v.pipe(v.array(SettingKeySchema), v.maxLength(SETTING_KEYS.length)),
    language: v.strictObject({ tag: textSchema(35), readable: v.boolean() }),
  }),
  'content-bg/events': v.strictObject({
    ...envelope('content-bg/events'),
    pageId: IdSchema,
    events: v.pipe(v.array(MeetingEventSchema), v.minLength(1), v.maxLength(LIMITS.eventsPerBatch)),
  }),
  /** A frame of a non-host share, for the on-device image check (it never leaves the device). */
  'content-bg/frame': v.strictObject({
    ...envelope('content-bg/frame'),
    pageId: IdSchema,
    participantId: IdSchema,
    frame: FrameSchema,
  }),
  /** Perform one adapter step in the page and report the verified outcome. */
  'bg-content/act': v.strictObject({ ...envelope('bg-content/act'), request: ActionRequestSchema }),
  /**
   * Safe view: the background's verdict on a share the page blurred at once. `blur: true` keeps
   * it hidden (a tripwire, or every non-host share by the host's choice); false releases it.
   */
  'bg-content/safe-view': v.strictObject({
    ...envelope('bg-content/safe-view'),
    participantId: IdSchema,
    blur: v.boolean(),
  }),
  /** Send the whole roster again (after the background lost or rejected something). */
  'bg-content/resync': v.strictObject({ ...envelope('bg-content/resync') }),
  /** The host asked for something from the panel. */
  'panel-bg/command': v.strictObject({
    ...envelope('panel-bg/command'),
    tabId: TabIdSchema,
    command: HostCommandSchema,
  }),
  /** The host files a report to the outbox (safety desk endpoint, chat webhook). */
  'panel-bg/file-report': v.strictObject({
    ...envelope('panel-bg/file-report'),
    tabId: TabIdSchema,
    draft: ReportDraftSchema,
  }),
  /**
   * The host marked content as sexual content involving minors: every frame of the meeting is
   * deleted and capture stops at once, before any report is written (metadata and hashes only).
   */
  'panel-bg/withhold-images': v.strictObject({ ...envelope('panel-bg/withhold-images'), tabId: TabIdSchema }),
  /** Retry a failed report now, or delete it from the outbox. */
  'panel-bg/outbox': v.strictObject({
    ...envelope('panel-bg/outbox'),
    op: v.picklist(['retry', 'delete']),
    key: v.pipe(v.string(), v.uuid()),
  }),
  /** The host downloaded a report's evidence bundle (retention may purge its meeting's evidence now). */
  'panel-bg/bundle-exported': v.strictObject({
    ...envelope('panel-bg/bundle-exported'),
    key: v.pipe(v.string(), v.uuid()),
  }),
} as const;

export type MessageType = keyof typeof MESSAGE_SCHEMAS;
export type Message<T extends MessageType> = v.InferOutput<(typeof MESSAGE_SCHEMAS)[T]>;
export type AnyMessage = { [T in MessageType]: Message<T> }[MessageType];
export type MessagePayload<T extends MessageType> = Omit<Message<T>, 'type' | 'v'>;

/** What the background answers to a host command: every step it ran, with results. */
export interface CommandOutcome {
  ok: boolean;
  steps: ActionRecord[];
}

export type Ack = { ok: true } | { ok: false; reason: string };

/** Reply type of each message. */
export interface MessageReplies {
  'content-bg/hello': Ack;
  'content-bg/events': Ack;
  'content-bg/frame': Ack;
  'bg-content/act': ActionResult;
  'bg-content/resync': Ack;
  'bg-content/safe-view': Ack;
  'panel-bg/command': CommandOutcome;
  'panel-bg/file-report': FileReportReply;
  'panel-bg/withhold-images': Ack;
  'panel-bg/outbox': Ack;
  'panel-bg/bundle-exported': Ack;
}

export type Direction = 'content-bg' | 'bg-content' | 'panel-bg';

export function directionOf(type: MessageType): Direction {
  return type.slice(0, type.indexOf('/')) as Direction;
}
