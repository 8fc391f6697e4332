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
  SettingKeySchema,
  TabIdSchema,
  textSchema,
} from './schemas';
import { LIMITS } from './limits';
import type { ActionResult } from '../model/action';
import type { ActionRecord } from '../model/session';

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
}

export type Direction = 'content-bg' | 'bg-content' | 'panel-bg';

export function directionOf(type: MessageType): Direction {
  return type.slice(0, type.indexOf('/')) as Direction;
}
