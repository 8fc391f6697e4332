import { findByLabel, findControl } from '../../../kit/controls';
import { waitFor } from '../../../kit/wait-for';
import { SETTING_KEYS, type MeetingSettings, type SettingKey } from '../../../../shared/model/settings';
import { LABELS, MENU_ITEM, S } from '../selectors';
import { confirmed, required } from '../../../kit/step';

/** Opens the Security menu (or reuses it if open) and resolves once its items have rendered. */
export async function openSecurityMenu(doc: Document, signal: AbortSignal): Promise<HTMLElement> {
  if (!findControl(S.securityMenu, doc))
    required(findControl<HTMLElement>(S.securityButton, doc), 'Security button').click();
  return waitFor(
    () => {
      const menu = findControl(S.securityMenu, doc);
      return menu?.querySelector(MENU_ITEM) ? menu : null;
    },
    'Security menu items',
    { signal },
  );
}

export function settingItem(menu: ParentNode, key: SettingKey): HTMLElement | null {
  return findByLabel(menu.querySelectorAll<HTMLElement>('[role="menuitemcheckbox"]'), [LABELS.settings[key]]);
}

/** All five settings as the menu shows them (checked = allowed, or locked for `locked`). */
export function readSettings(menu: ParentNode): MeetingSettings {
  const entries = SETTING_KEYS.map((key) => {
    const item = required(settingItem(menu, key), `Security menu item "${LABELS.settings[key]}"`);
    return [key, item.getAttribute('aria-checked') === 'true'] as const;
  });
  return Object.fromEntries(entries) as MeetingSettings;
}

export function securityMenuItem(menu: ParentNode, label: string): HTMLElement {
  return required(findByLabel(menu.querySelectorAll<HTMLElement>(MENU_ITEM), [label]), `Security menu item "${label}"`);
}

/** Closes the menu with its own toggle; not confirming is not fatal (the work is done). */
export async function closeSecurityMenu(doc: Document, signal: AbortSignal): Promise<void> {
  if (!findControl(S.securityMenu, doc)) return;
  findControl(S.securityButton, doc)?.click();
  await confirmed(() => !findControl(S.securityMenu, doc), 'Security menu closed', signal);
}
