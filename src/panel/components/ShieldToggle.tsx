import type { HostCommand } from '../../shared/actions';
import type { MeetingSession } from '../../shared/model/session';
import { formatTime, t } from '../i18n';
import { unavailableText } from '../labels';
import { actionAvailable, isPending } from '../selectors';
import { usePanel, usePanelStore } from '../use-panel';
import { ariaShortcut } from './ActionButton';

/**
 * Shield mode for this meeting, as a toggle button (aria-pressed) with its state in words: the
 * host must know at a glance whether Hostguard will act on its own. Greyed out with
 * `aria-disabled`, like ActionButton, so the reason stays reachable by keyboard.
 */
export function ShieldToggle({ session }: { session: MeetingSession }) {
  const store = usePanelStore();
  const on = session.shield?.on === true;
  const command: HostCommand = { kind: 'shield', on: !on };
  const pending = usePanel((s) => isPending(s, session.tabId, command));
  const shortcut = usePanel((s) => s.shortcuts?.find((c) => c.name === 'toggle-shield')?.shortcut ?? '');
  const available = actionAvailable(session, 'shield');
  const describedBy = available ? 'shield-state' : 'shield-state shield-unavailable';
  const classes = ['action', 'shield-toggle', !available && 'action--unavailable', pending && 'action--pending'];
  return (
    <div class={`shield${on ? ' shield--on' : ''}`} data-testid="shield">
      <button
        type="button"
        class={classes.filter(Boolean).join(' ')}
        aria-pressed={on ? 'true' : 'false'}
        aria-disabled={available ? undefined : 'true'}
        aria-busy={pending ? 'true' : undefined}
        aria-describedby={describedBy}
        aria-keyshortcuts={ariaShortcut(shortcut)}
        data-testid="shield-toggle"
        onClick={() => {
          if (available && !pending) void store.getState().send(session.tabId, command);
        }}
      >
        <span class="shield-switch" aria-hidden="true" />
        <span class="shield-label">{t('action_shield')}</span>
        <span class="shield-sub" aria-hidden="true">
          {pending ? t('pending') : shortcut && <kbd>{shortcut}</kbd>}
        </span>
      </button>
      <p id="shield-state" class="shield-state" data-testid="shield-state">
        {on ? t('shield_toggle_on') : t('shield_toggle_off')}
        {session.shield && (
          <span class="shield-since"> {t('shield_toggle_since', formatTime(session.shield.changedAt))}</span>
        )}
      </p>
      {!available && (
        <p id="shield-unavailable" class="unavailable-note">
          {unavailableText('shield', session)}
        </p>
      )}
    </div>
  );
}
