import type { SettingName, Settings } from '../model/types';
import { MenuCheckItem, MenuItem, MenuPopup } from './menu';

const ALLOW: readonly (readonly [SettingName, string])[] = [
  ['shareAllowed', 'Share screen'],
  ['chatAllowed', 'Chat'],
  ['renameAllowed', 'Rename themselves'],
  ['unmuteAllowed', 'Unmute themselves'],
];

interface Props {
  settings: Settings;
  trigger: HTMLElement;
  delay: number;
  onClose: () => void;
  onToggle: (name: SettingName, value: boolean) => void;
  onSuspend: () => void;
}

/**
 * The toolbar "Security" menu (Zoom web's pre-7.x layout). Toggling an item applies it at once
 * and keeps the menu open; Suspend asks for confirmation first. There is no "resume" item.
 */
export function SecurityMenu({ settings, trigger, delay, onClose, onToggle, onSuspend }: Props) {
  return (
    <MenuPopup
      id="pm-security-menu"
      label="Security"
      trigger={trigger}
      delay={delay}
      onClose={onClose}
      placement="above"
      items={() => (
        <>
          <MenuCheckItem
            label="Lock meeting"
            checked={settings.locked}
            onSelect={() => onToggle('locked', !settings.locked)}
          />
          <div role="separator" class="pm-menu__separator" />
          <div role="group" aria-label="Allow participants to:">
            <div class="pm-menu__heading" aria-hidden="true">
              Allow participants to:
            </div>
            {ALLOW.map(([name, label]) => (
              <MenuCheckItem
                key={name}
                label={label}
                checked={settings[name]}
                onSelect={() => onToggle(name, !settings[name])}
              />
            ))}
          </div>
          <div role="separator" class="pm-menu__separator" />
          <MenuItem label="Suspend participant activities" danger onSelect={onSuspend} />
        </>
      )}
    />
  );
}
