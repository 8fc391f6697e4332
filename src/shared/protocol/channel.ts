import * as v from 'valibot';
import { directionOf, MESSAGE_SCHEMAS, PROTOCOL_VERSION } from './messages';
import type { AnyMessage, Direction, Message, MessagePayload, MessageReplies, MessageType } from './messages';
import { classifySender, mayUse, type SenderClass, type SenderInfo, type Self } from './sender';

export type Validation = { ok: true; message: AnyMessage } | { ok: false; reason: string };

/** Schema check for one inbound message. Never throws; unknown types and keys are rejected. */
export function validateMessage(raw: unknown): Validation {
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'not an object' };
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGE_SCHEMAS, type)) {
    return { ok: false, reason: 'unknown type' };
  }
  if ((raw as { v?: unknown }).v !== PROTOCOL_VERSION) return { ok: false, reason: 'protocol version' };
  const parsed = v.safeParse(MESSAGE_SCHEMAS[type as MessageType], raw);
  if (!parsed.success) return { ok: false, reason: `invalid ${type}: ${v.summarize(parsed.issues).slice(0, 300)}` };
  return { ok: true, message: parsed.output as AnyMessage };
}

/** Builds a message with its envelope, typed from the protocol map. */
export function envelope<T extends MessageType>(type: T, payload: MessagePayload<T>): Message<T> {
  return { type, v: PROTOCOL_VERSION, ...payload } as Message<T>;
}

type TypesOf<D extends Direction> = Extract<MessageType, `${D}/${string}`>;

export type Handlers<D extends Direction> = {
  [T in TypesOf<D>]: (message: Message<T>, sender: SenderClass) => Promise<MessageReplies[T]>;
};

export interface Rejection {
  reason: string;
  sender: SenderClass;
  type: string;
}

/**
 * One inbound path for every context: sender policy first, then schema, then the handler.
 * Returns undefined (no reply) for messages of other directions, which other contexts handle.
 */
export function createReceiver<D extends Direction>(
  directions: readonly D[],
  handlers: Handlers<D>,
  self: () => Self,
  onReject: (rejection: Rejection) => void,
): (raw: unknown, sender: SenderInfo) => Promise<unknown> | undefined {
  return (raw, senderInfo) => {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    const direction = typeof type === 'string' ? type.slice(0, type.indexOf('/')) : '';
    if (!(directions as readonly string[]).includes(direction)) return undefined;
    const sender = classifySender(senderInfo, self());
    const reject = (reason: string) => {
      onReject({ reason, sender, type: String(type).slice(0, 64) });
      return Promise.resolve({ ok: false, reason });
    };
    if (!mayUse(direction as Direction, sender)) return reject('sender not allowed');
    const checked = validateMessage(raw);
    if (!checked.ok) return reject(checked.reason);
    const message = checked.message;
    const handler = handlers[message.type as TypesOf<D>] as (m: AnyMessage, s: SenderClass) => Promise<unknown>;
    if (directionOf(message.type) !== direction || !handler) return reject('no handler');
    return handler(message, sender).catch((error: unknown) => ({ ok: false, reason: String(error).slice(0, 300) }));
  };
}
