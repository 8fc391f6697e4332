import type { ActionHandler } from '../../../adapter';
import { done, notVerified } from '../../../kit/run-step';
import { orderedSettingKeys, type SettingKey } from '../../../../shared/model/settings';
import { isLocked } from '../page';
import { closeSecurityMenu, openSecurityMenu, readSettings, settingItem } from './security-menu';
import { confirmed, adapterStep, required } from '../../../kit/step';

/**
 * One visit to the Security menu: read all five settings, toggle those that differ (in panic
 * order), confirm each on the page (aria-checked; the lock indicator for `locked`), read again,
 * close the menu. Items stay open on toggle, so no re-opening between settings.
 */
export const setSettings: ActionHandler<'set-settings'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const menu = await openSecurityMenu(doc, signal);
    const before = readSettings(menu);
    const failures: SettingKey[] = [];
    for (const key of orderedSettingKeys(request.changes)) {
      const want = request.changes[key]!;
      if (before[key] === want) continue;
      required(settingItem(menu, key), `Security menu item for ${key}`).click();
      if (!(await confirmed(() => shows(doc, menu, key, want), `${key} = ${want}`, signal))) failures.push(key);
    }
    const after = readSettings(menu);
    await closeSecurityMenu(doc, signal);
    const changed = orderedSettingKeys(request.changes).filter((key) => before[key] !== after[key]);
    if (failures.length > 0) return notVerified(`not confirmed: ${failures.join(', ')}`, { before, after });
    return done(changed.length > 0 ? `changed ${changed.join(', ')}` : 'already as asked', { before, after });
  });

function shows(doc: Document, menu: HTMLElement, key: SettingKey, want: boolean): boolean {
  const checked = settingItem(menu, key)?.getAttribute('aria-checked') === 'true';
  return checked === want && (key !== 'locked' || isLocked(doc) === want);
}
