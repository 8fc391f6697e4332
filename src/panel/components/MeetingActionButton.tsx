import { KEYBOARD_COMMANDS, type HostCommand } from '../../shared/actions';
import type { MeetingSession } from '../../shared/model/session';
import { actionLabel, unavailableText } from '../labels';
import { actionAvailable, isPending } from '../selectors';
import { usePanel, usePanelStore } from '../use-panel';
import { ActionButton, ariaShortcut } from './ActionButton';

type MeetingCommand = Extract<HostCommand, { kind: 'stop-shares' | 'lock' }>;

/** "Stop all shares" or "Lock meeting": one step of panic on its own, greyed out where unsupported. */
export function MeetingActionButton({ session, command }: { session: MeetingSession; command: MeetingCommand }) {
  const store = usePanelStore();
  const pending = usePanel((s) => isPending(s, session.tabId, command));
  const commandName = KEYBOARD_COMMANDS.find((c) => c.run === command.kind)?.name;
  const shortcut = usePanel((s) => s.shortcuts?.find((c) => c.name === commandName)?.shortcut ?? '');
  const available = actionAvailable(session, command.kind);
  const noteId = `${command.kind}-unavailable`;
  return (
    <div class="meeting-action">
      <ActionButton
        class="secondary-button"
        testId={`${command.kind}-button`}
        available={available}
        pending={pending}
        describedBy={available ? undefined : noteId}
        keyShortcuts={ariaShortcut(shortcut)}
        onActivate={() => void store.getState().send(session.tabId, command)}
      >
        {actionLabel(command.kind)}
      </ActionButton>
      {!available && (
        <p id={noteId} class="unavailable-note">
          {unavailableText(command.kind, session)}
        </p>
      )}
    </div>
  );
}
