import type { ActionHandler } from '../../../adapter';
import { findControl } from '../../../kit/controls';
import { isChecked, toggleTo } from '../../../kit/menus';
import { done, notVerified } from '../../../kit/run-step';
import { adapterStep, bail } from '../../../kit/step';
import { orderedSettingKeys, type MeetingSettings, type SettingKey } from '../../../../shared/model/settings';
import { L } from '../labels';
import { S } from '../selectors';
import { hostToolsOn, hostToolsPanel, switchIn, type HostToolsPage } from './host-tools';
import { hasSecurityButton, openSecurityMenu, readSecurity, setSecurity } from './security-menu';
import { chooseShareAllowed, readShareAllowed, whoCanShare } from './share-select';

/** Where each setting lives in build 7.2.0's Host tools (capture §7). */
const PAGE: Record<SettingKey, HostToolsPage> = {
  shareAllowed: 'share',
  locked: 'root',
  chatAllowed: 'participants',
  renameAllowed: 'participants',
  unmuteAllowed: 'participants',
};

/**
 * Applies each asked setting in panic order through Host tools (or the [old] Security menu),
 * reading each from the page before and after: switches by aria-checked / checked, sharing by the
 * "Who can share?" choice. `before` / `after` hold what the page showed.
 */
export const setSettings: ActionHandler<'set-settings'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const keys = orderedSettingKeys(request.changes);
    const before: Partial<MeetingSettings> = {};
    const after: Partial<MeetingSettings> = {};
    const failures: SettingKey[] = [];
    const useHostTools = findControl(S.hostToolsButton, doc) !== null || hostToolsPanel(doc) !== null;
    if (!useHostTools && !hasSecurityButton(doc)) bail('control-missing', 'Host tools button is not on the page');
    for (const key of keys) {
      const want = request.changes[key]!;
      const [was, now] = useHostTools
        ? await viaHostTools(doc, key, want, signal)
        : await viaSecurity(doc, key, want, signal);
      before[key] = was;
      after[key] = now;
      if (now !== want) failures.push(key);
    }
    if (failures.length > 0) return notVerified(`not confirmed: ${failures.join(', ')}`, { before, after });
    const changed = keys.filter((key) => before[key] !== after[key]);
    return done(changed.length > 0 ? `changed ${changed.join(', ')}` : 'already as asked', { before, after });
  });

async function viaHostTools(
  doc: Document,
  key: SettingKey,
  want: boolean,
  signal: AbortSignal,
): Promise<[boolean, boolean]> {
  const panel = await hostToolsOn(doc, PAGE[key], signal);
  if (key === 'shareAllowed') {
    const find = () => whoCanShare(hostToolsPanel(doc) ?? panel);
    const was = readOrFail(find(), readShareAllowed, '"Who can share?"');
    await chooseShareAllowed(find, want, signal);
    return [was, readOrFail(find(), readShareAllowed, '"Who can share?"')];
  }
  const find = () => switchIn(hostToolsPanel(doc) ?? panel, L.settings[key]);
  const was = readOrFail(find(), isChecked, `Host tools switch for ${key}`);
  // "Lock Meeting" is on when locked; the "Allow participants to:" switches are on when allowed.
  await toggleTo(find, want, isChecked, `Host tools switch for ${key}`, signal);
  return [was, readOrFail(find(), isChecked, `Host tools switch for ${key}`)];
}

async function viaSecurity(
  doc: Document,
  key: SettingKey,
  want: boolean,
  signal: AbortSignal,
): Promise<[boolean, boolean]> {
  const menu = await openSecurityMenu(doc, signal);
  const was = readSecurity(menu, key) ?? bail('control-missing', `Security menu item for ${key} is not on the page`);
  await setSecurity(doc, key, want, signal);
  const now = readSecurity(await openSecurityMenu(doc, signal), key);
  return [was, now ?? was];
}

function readOrFail<E extends HTMLElement, T>(control: E | null, read: (control: E) => T | null, what: string): T {
  const value = control ? read(control) : null;
  return value ?? bail('control-missing', `${what} is not on the page`);
}
