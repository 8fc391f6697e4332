import type { Message, Segment } from './messages';

const renderSegment = (segment: Segment, index: number) =>
  typeof segment === 'string' ? (
    segment
  ) : (
    <bdi key={index} class="pm-name">
      {segment.name}
    </bdi>
  );

interface Props {
  id: string;
  class: string;
  itemClass: string;
  label: string;
  messages: readonly Message[];
  /** Toasts expire by themselves; notices stay until dismissed. */
  onDismiss?: (id: number) => void;
}

/** Toasts and notices: fixed wording as text, names isolated in <bdi> (never HTML). */
export function MessageList({ id, class: className, itemClass, label, messages, onDismiss }: Props) {
  return (
    <ul id={id} class={className} aria-label={label} aria-live="polite">
      {messages.map((message) => (
        <li key={message.id} class={itemClass} data-kind={message.kind}>
          <span class="pm-message__text">{message.segments.map(renderSegment)}</span>
          {message.count > 1 && <span class="pm-message__count">{` ×${message.count}`}</span>}
          {onDismiss && (
            <button
              type="button"
              class="pm-message__dismiss"
              aria-label="Dismiss"
              onClick={() => onDismiss(message.id)}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
