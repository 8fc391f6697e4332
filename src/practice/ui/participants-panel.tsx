import type { MeetingState } from '../model/types';
import { ParticipantRow } from './participant-row';

interface Props {
  state: MeetingState;
  openRowMenuFor: string | null;
  onMore: (participantId: string, trigger: HTMLElement) => void;
  onMuteAll: () => void;
  onClose: () => void;
}

/**
 * The roster side panel. Rows exist only while it is open, like Zoom's virtualised list: an
 * adapter that reads rows must cope with them vanishing when the host closes the panel.
 */
export function ParticipantsPanel({ state, openRowMenuFor, onMore, onMuteAll, onClose }: Props) {
  const count = state.participants.length;
  return (
    <section id="pm-participants-panel" class="pm-panel pm-participants" aria-labelledby="pm-participants-title">
      <header class="pm-panel__header">
        <h2 id="pm-participants-title" class="pm-panel__title">
          Participants ({count})
        </h2>
        <button type="button" class="pm-panel__close" aria-label="Close participants" onClick={onClose}>
          ×
        </button>
      </header>
      <div id="pm-participants-list" class="pm-participants__list" role="list" aria-label="Participants list">
        {state.participants.map((p) => (
          <ParticipantRow
            key={p.id}
            participant={p}
            sharing={state.sharerId === p.id}
            menuOpen={openRowMenuFor === p.id}
            onMore={onMore}
          />
        ))}
      </div>
      <footer class="pm-participants__footer">
        <button type="button" class="pm-button pm-participants__mute-all" onClick={onMuteAll}>
          Mute all
        </button>
      </footer>
    </section>
  );
}
