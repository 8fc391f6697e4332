import type { MeetingState } from '../model/types';
import type { DrillState } from '../scenarios/runner';
import { MessageList } from './message-list';
import type { Message } from './messages';

export const MEETING_TITLE = 'Weekly community meeting (practice)';

interface Props {
  state: MeetingState;
  notices: readonly Message[];
  onDismissNotice: (id: number) => void;
  drill: DrillState;
  onStartScenario: () => void;
}

/**
 * Always-visible meeting status: what an adapter can read without opening a menu (the lock
 * indicator, the suspended banner), plus the drill bar that starts scripted scenarios.
 */
export function Header({ state, notices, onDismissNotice, drill, onStartScenario }: Props) {
  const count = state.participants.length;
  return (
    <header class="pm-header">
      <div class="pm-header__row">
        <h1 id="pm-title" class="pm-header__title">
          {MEETING_TITLE}
        </h1>
        {state.settings.locked && (
          <span id="pm-lock-indicator" class="pm-header__lock" role="status">
            Meeting locked
          </span>
        )}
        <span class="pm-header__count" aria-label={`${count} participants`}>
          {count}
        </span>
        <DrillBar drill={drill} onStart={onStartScenario} />
      </div>
      {state.suspended && (
        <div id="pm-suspended-banner" class="pm-banner" role="alert">
          Participant activities suspended
        </div>
      )}
      <MessageList
        id="pm-notices"
        class="pm-notices"
        itemClass="pm-notice"
        label="Host notices"
        messages={notices}
        onDismiss={onDismissNotice}
      />
    </header>
  );
}

function DrillBar({ drill, onStart }: { drill: DrillState; onStart: () => void }) {
  return (
    <div id="pm-drill-bar" class="pm-drill" role="group" aria-label="Drill">
      <span class="pm-drill__scenario">
        Scenario: <strong class="pm-drill__name">{drill.label}</strong>
      </span>
      <button
        type="button"
        id="pm-start-scenario"
        class="pm-button pm-button--primary"
        disabled={drill.status !== 'ready'}
        onClick={onStart}
      >
        Start scenario
      </button>
      <span id="pm-drill-status" class={`pm-drill__status pm-drill__status--${drill.status}`} role="status">
        {drill.message}
      </span>
    </div>
  );
}
