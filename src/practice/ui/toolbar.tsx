interface Props {
  count: number;
  securityOpen: boolean;
  participantsOpen: boolean;
  chatOpen: boolean;
  onSecurity: (trigger: HTMLElement) => void;
  onParticipants: () => void;
  onChat: () => void;
  /** Mute, Video, Share and End are cosmetic in the practice meeting. */
  onCosmetic: (what: string) => void;
}

export function Toolbar(props: Props) {
  const cosmetic = (what: string, label: string) => (
    <button type="button" class="pm-toolbar__button" onClick={() => props.onCosmetic(what)}>
      {label}
    </button>
  );
  return (
    <footer class="pm-toolbar" aria-label="Meeting controls">
      <div class="pm-toolbar__group">
        {cosmetic('mute', 'Mute')}
        {cosmetic('video', 'Video')}
      </div>
      <div class="pm-toolbar__group">
        <button
          type="button"
          id="pm-security-button"
          class="pm-toolbar__button"
          aria-label="Security"
          aria-haspopup="menu"
          aria-expanded={props.securityOpen ? 'true' : 'false'}
          aria-controls={props.securityOpen ? 'pm-security-menu' : undefined}
          onClick={(event) => props.onSecurity(event.currentTarget)}
        >
          Security
        </button>
        <button
          type="button"
          id="pm-participants-button"
          class="pm-toolbar__button"
          aria-label={`Participants (${props.count})`}
          aria-pressed={props.participantsOpen ? 'true' : 'false'}
          onClick={props.onParticipants}
        >
          Participants <span class="pm-toolbar__count">{props.count}</span>
        </button>
        <button
          type="button"
          id="pm-chat-button"
          class="pm-toolbar__button"
          aria-label="Chat"
          aria-pressed={props.chatOpen ? 'true' : 'false'}
          onClick={props.onChat}
        >
          Chat
        </button>
        {cosmetic('share', 'Share')}
      </div>
      <div class="pm-toolbar__group">
        <button
          type="button"
          class="pm-toolbar__button pm-toolbar__button--end"
          onClick={() => props.onCosmetic('end')}
        >
          End
        </button>
      </div>
    </footer>
  );
}
