import { Component } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ChatMessage, MeetingState } from '../model/types';

interface Props {
  state: MeetingState;
  onSend: (text: string) => void;
  onClose: () => void;
}

/** The chat side panel: author and text in separate elements, both rendered as text. */
export function ChatPanel({ state, onSend, onClose }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (list.current) list.current.scrollTop = list.current.scrollHeight;
  }, [state.chat]);
  const send = (event: Event) => {
    event.preventDefault();
    // Read the field itself at send time: a send right after typing must not miss the text.
    if (!input.current) return;
    onSend(input.current.value);
    input.current.value = '';
  };
  return (
    <section id="pm-chat-panel" class="pm-panel pm-chat" aria-labelledby="pm-chat-title">
      <header class="pm-panel__header">
        <h2 id="pm-chat-title" class="pm-panel__title">
          Chat
        </h2>
        <button type="button" class="pm-panel__close" aria-label="Close chat" onClick={onClose}>
          ×
        </button>
      </header>
      {!state.settings.chatAllowed && (
        <p class="pm-chat__disabled" role="status">
          Chat is disabled for participants
        </p>
      )}
      <ol id="pm-chat-list" ref={list} class="pm-chat__list" aria-label="Chat messages">
        {state.chat.map((message) => (
          <ChatItem key={message.id} message={message} />
        ))}
      </ol>
      <form class="pm-chat__form" onSubmit={send}>
        <input
          class="pm-chat__input"
          aria-label="Type message here"
          placeholder="Type message here…"
          maxLength={4_096}
          ref={input}
        />
        <button type="submit" class="pm-button">
          Send
        </button>
      </form>
    </section>
  );
}

class ChatItem extends Component<{ message: ChatMessage }> {
  override shouldComponentUpdate(next: { message: ChatMessage }): boolean {
    return next.message !== this.props.message;
  }

  override render({ message }: { message: ChatMessage }) {
    return (
      <li class="pm-chat__message" data-message-id={message.id} data-sender-id={message.senderId}>
        <bdi class="pm-chat__author">{message.name}</bdi>
        <p class="pm-chat__text" dir="auto">
          {message.text}
        </p>
      </li>
    );
  }
}
