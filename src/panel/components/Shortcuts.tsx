import { KEYBOARD_COMMANDS, SUGGESTED_COMMANDS } from '../../shared/actions';
import { msgKey, t } from '../i18n';
import { usePanel, usePanelStore } from '../use-panel';

/**
 * The keyboard commands as the browser really assigned them. A chord another extension took
 * is left unassigned without an error, so say so and where to fix it.
 */
export function Shortcuts() {
  const store = usePanelStore();
  const shortcuts = usePanel((s) => s.shortcuts);
  const flavor = usePanel((s) => s.flavor);
  if (!shortcuts) return null;
  const ours = KEYBOARD_COMMANDS.map((command) => ({
    name: command.name,
    shortcut: shortcuts.find((s) => s.name === command.name)?.shortcut ?? '',
  }));
  // A command without a default chord (Chrome allows four) is the host's to assign, not a fault.
  const suggested = new Set<string>(SUGGESTED_COMMANDS.map((c) => c.name));
  const unassigned = ours.some((command) => command.shortcut === '' && suggested.has(command.name));
  return (
    <section class="shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('shortcuts_heading')}</h2>
      <dl class="shortcut-list" data-testid="shortcuts">
        {ours.map((command) => (
          <div key={command.name} class="shortcut" data-command={command.name}>
            <dt>{t(msgKey('command', command.name))}</dt>
            <dd>
              {command.shortcut ? (
                <kbd>{command.shortcut}</kbd>
              ) : (
                <em>{t(suggested.has(command.name) ? 'shortcut_unassigned' : 'shortcut_optional')}</em>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {unassigned && (
        <div class="warning" data-testid="shortcut-warning">
          <p>{flavor === 'firefox' ? t('shortcuts_fix_firefox') : t('shortcuts_fix_chrome')}</p>
          <button type="button" class="secondary-button" onClick={() => void store.getState().openShortcutSettings()}>
            {t('shortcuts_open_settings')}
          </button>
        </div>
      )}
    </section>
  );
}
