import type { MeetingEvent } from '../../shared/model/meeting-event';

export interface ChatMessage {
  id: string;
  participantId?: string;
  name: string;
  text: string;
}

/** How one platform shows chat. */
export interface ChatSource {
  /** The message list, or null while the chat panel is closed. */
  list(doc: Document): Element | null;
  /** Selector of one message inside the list. */
  message: string;
  read(message: Element): ChatMessage | null;
}

/**
 * Emits each chat message once, when it first appears. Messages already on the page when the
 * list is first seen are history; messages that arrived while the panel was closed are emitted
 * when it reopens.
 */
export function createChatTracker(source: ChatSource, emit: (event: MeetingEvent) => void) {
  const seen = new Set<string>();
  let list: Element | null = null;
  let primed = false;

  function take(element: Element, at: number) {
    const message = source.read(element);
    if (!message || seen.has(message.id)) return;
    seen.add(message.id);
    if (!primed) return;
    const { id, participantId, name, text } = message;
    emit({ kind: 'chat', at, messageId: id, ...(participantId ? { participantId } : {}), name, text });
  }

  return {
    update(doc: Document, records: readonly MutationRecord[] | null, at: number) {
      const current = source.list(doc);
      if (!current) {
        list = null;
        return;
      }
      if (current !== list || records === null) {
        list = current;
        for (const message of current.querySelectorAll(source.message)) take(message, at);
        primed = true;
        return;
      }
      for (const record of records) {
        if (record.type !== 'childList' || !current.contains(record.target)) continue;
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches(source.message)) take(node, at);
          else for (const inner of node.querySelectorAll(source.message)) take(inner, at);
        }
      }
    },
  };
}
