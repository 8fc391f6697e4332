import { findAllControls, findControl } from '../../dom/query';
import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { LIMITS } from '../../../shared/protocol/limits';
import { MESSAGE_KEY, S, SENDER_KEY } from './selectors';

const MESSAGE = S.chatMessage.selectors[0]!;

/**
 * Emits each chat message once, when it first appears. Messages already on the page when the
 * list is first seen are history and are not emitted; messages that arrived while the chat
 * panel was closed are emitted when it reopens.
 */
export function createChatTracker(emit: (event: MeetingEvent) => void) {
  const seen = new Set<string>();
  let list: Element | null = null;
  let primed = false;

  function take(message: Element, at: number) {
    const id = message.getAttribute(MESSAGE_KEY);
    if (!id || seen.has(id)) return;
    seen.add(id);
    if (!primed) return;
    const participantId = message.getAttribute(SENDER_KEY) ?? undefined;
    emit({
      kind: 'chat',
      at,
      messageId: id.slice(0, LIMITS.id),
      ...(participantId ? { participantId: participantId.slice(0, LIMITS.id) } : {}),
      name: (findControl(S.chatAuthor, message)?.textContent ?? '').slice(0, LIMITS.name),
      text: (findControl(S.chatText, message)?.textContent ?? '').slice(0, LIMITS.chat),
    });
  }

  return {
    update(doc: Document, records: readonly MutationRecord[] | null, at: number) {
      const current = findControl(S.chat, doc);
      if (!current) {
        list = null;
        return;
      }
      if (current !== list || records === null) {
        list = current;
        for (const message of findAllControls(S.chatMessage, current)) take(message, at);
        primed = true;
        return;
      }
      for (const record of records) {
        if (record.target !== current || record.type !== 'childList') continue;
        for (const node of record.addedNodes) if (node instanceof Element && node.matches(MESSAGE)) take(node, at);
      }
    },
  };
}
