import { Component } from 'preact';
import type { Participant } from '../model/types';

interface Props {
  participant: Participant;
  sharing: boolean;
  menuOpen: boolean;
  onMore: (participantId: string, trigger: HTMLElement) => void;
}

const ROLE_LABELS = { host: 'Host', cohost: 'Co-host', participant: '' } as const;

/** "(Host, me)", "(Co-host)", "(Me)" or nothing: the client's own label, apart from the name. */
export function roleLabel(p: Pick<Participant, 'role' | 'self'>): string {
  const parts = [ROLE_LABELS[p.role], p.self ? 'me' : ''].filter(Boolean);
  if (parts.length === 0) return '';
  const text = parts.join(', ');
  return `(${text[0]!.toUpperCase()}${text.slice(1)})`;
}

/** First visible letter for the avatar; names are attacker text, so only ever rendered as text. */
export const initialOf = (name: string): string => Array.from(name.trim())[0]?.toUpperCase() ?? '?';

/**
 * One roster row. A class with shouldComponentUpdate keeps a 2,000-row roster cheap to
 * re-render on each join: only rows whose data changed are diffed.
 */
export class ParticipantRow extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const now = this.props;
    return next.participant !== now.participant || next.sharing !== now.sharing || next.menuOpen !== now.menuOpen;
  }

  override render({ participant: p, sharing, menuOpen, onMore }: Props) {
    return (
      <div class="pm-participant" role="listitem" data-participant-id={p.id}>
        <span class="pm-participant__avatar" aria-hidden="true">
          {initialOf(p.name)}
        </span>
        <span class="pm-participant__names">
          <bdi class="pm-participant__name">{p.name}</bdi>
          <span class="pm-participant__role">{roleLabel(p)}</span>
        </span>
        <span class="pm-participant__icons">
          {sharing && <span class="pm-icon pm-icon--sharing" role="img" aria-label="Sharing screen" />}
          <span
            class={`pm-icon pm-icon--mic${p.muted ? ' pm-icon--muted' : ''}`}
            role="img"
            aria-label={p.muted ? 'Muted' : 'Unmuted'}
          />
          <button
            type="button"
            class="pm-participant__more"
            aria-label="More options"
            aria-haspopup="menu"
            aria-expanded={menuOpen ? 'true' : 'false'}
            aria-controls={menuOpen ? 'pm-row-menu' : undefined}
            onClick={(event) => onMore(p.id, event.currentTarget)}
          >
            …
          </button>
        </span>
      </div>
    );
  }
}
