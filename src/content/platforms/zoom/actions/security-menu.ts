import { findControl } from '../../../kit/controls';
import { confirmed, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import type { SettingKey } from '../../../../shared/model/settings';
import { L } from '../labels';
import { S } from '../selectors';

/*
 * [old] The Security button of the web client before Host tools (meeting-dom.md §1.2; JSX
 * reproduction file #36335233307): `button#securityOptionMenu[aria-label="more security options"]`
 * opens `.security-option-menu__pop-menu`, items `a[role=menuitem]` whose aria-label ends in
 * "selected" / "unselect", with `aria-selected` and a `--checked` class on the li. The items'
 * text ("Lock Meeting", "Share Screen", "Chat", …) is matched, not their state-bearing aria-label.
 */
const ITEM = '[role="menuitem"]';

export const hasSecurityButton = (doc: Document) => findControl(S.securityButton, doc) !== null;

export async function openSecurityMenu(doc: Document, signal: AbortSignal): Promise<HTMLElement> {
  if (!findControl(S.securityMenu, doc)?.querySelector(ITEM))
    required(findControl<HTMLElement>(S.securityButton, doc), 'Security button').click();
  return waitFor(
    () => {
      const menu = findControl(S.securityMenu, doc);
      return menu?.querySelector(ITEM) ? menu : null;
    },
    'Security menu items',
    { signal },
  );
}

export function securityItem(menu: ParentNode, labels: readonly string[]): HTMLElement | null {
  const wanted = labels.map((label) => label.toLowerCase());
  for (const item of menu.querySelectorAll<HTMLElement>(ITEM)) {
    if (wanted.includes((item.textContent ?? '').trim().toLowerCase())) return item;
  }
  return null;
}

export function isItemChecked(item: HTMLElement): boolean {
  if (item.getAttribute('aria-selected') === 'true' || item.getAttribute('aria-checked') === 'true') return true;
  if (item.closest('li')?.className.includes('--checked')) return true;
  return / selected$/i.test(item.getAttribute('aria-label') ?? '');
}

/** Reads one setting (checked = allowed, or locked for `locked`). */
export function readSecurity(menu: ParentNode, key: SettingKey): boolean | null {
  const item = securityItem(menu, L.settings[key]);
  return item ? isItemChecked(item) : null;
}

/** Toggles one item to `want`, re-opening the menu if the click closed it, and reads it back. */
export async function setSecurity(
  doc: Document,
  key: SettingKey,
  want: boolean,
  signal: AbortSignal,
): Promise<boolean> {
  const menu = await openSecurityMenu(doc, signal);
  const item = required(securityItem(menu, L.settings[key]), `Security menu item for ${key}`);
  if (isItemChecked(item) === want) return true;
  item.click();
  return confirmed(
    () => {
      const now = findControl(S.securityMenu, doc);
      const shown = now ? readSecurity(now, key) : null;
      if (shown === null && !now) findControl<HTMLElement>(S.securityButton, doc)?.click();
      return shown === want;
    },
    `${key} = ${want}`,
    signal,
  );
}
