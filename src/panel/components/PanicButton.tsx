import type { HostCommand } from '../../shared/actions';
import type { MeetingSession } from '../../shared/model/session';
import { t } from '../i18n';
import { actionAvailable, isPending } from '../selectors';
import { usePanel, usePanelStore } from '../use-panel';
import { ActionButton, ariaShortcut } from './ActionButton';

const PANIC: HostCommand = { kind: 'panic' };

/**
 * The one button a host in a raid must find at once: big, red, with its shortcut, and in the
 * sticky header so it never scrolls away. Its explanation lives in PanicControls (`panic-what`).
 */
export function PanicButton({ session }: { session: MeetingSession }) {
  const store = usePanelStore();
  const pending = usePanel((s) => isPending(s, session.tabId, PANIC));
  const shortcut = usePanel((s) => s.shortcuts?.find((c) => c.name === 'panic')?.shortcut ?? '');
  const available = actionAvailable(session, 'panic');
  return (
    <ActionButton
      class="panic-button"
      testId="panic-button"
      available={available}
      pending={pending}
      describedBy={available ? 'panic-what' : 'panic-what panic-unavailable'}
      keyShortcuts={ariaShortcut(shortcut)}
      onActivate={() => void store.getState().send(session.tabId, PANIC)}
    >
      <span class="panic-label">{t('action_panic')}</span>
      <span class="panic-sub" aria-hidden="true">
        {pending ? t('pending') : shortcut && <kbd>{shortcut}</kbd>}
      </span>
    </ActionButton>
  );
}
