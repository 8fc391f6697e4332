import { isChecked } from '../../../kit/menus';
import { SETTING_KEYS, type MeetingSettings } from '../../../../shared/model/settings';
import { L } from '../labels';
import { hostToolsOn, switchIn } from './host-tools';
import { openSecurityMenu, readSecurity } from './security-menu';
import { readShareAllowed, whoCanShare } from './share-select';

/**
 * Every panic setting as the page shows it: Host tools' root (Lock Meeting), Participants (chat,
 * rename, unmute) and Advanced › Share ("Who can share?"), or the [old] Security menu. A setting
 * the page does not show is left out, so the caller can tell "not read" from "off".
 */
export async function readAllSettings(
  doc: Document,
  viaHostTools: boolean,
  signal: AbortSignal,
  order: readonly ('root' | 'participants' | 'share')[] = ['root', 'share', 'participants'],
): Promise<Partial<MeetingSettings>> {
  const read: Partial<MeetingSettings> = {};
  const put = (key: keyof MeetingSettings, value: boolean | null | undefined) => {
    if (value !== null && value !== undefined) read[key] = value;
  };
  if (!viaHostTools) {
    const menu = await openSecurityMenu(doc, signal);
    for (const key of SETTING_KEYS) put(key, readSecurity(menu, key));
    return read;
  }
  // Pages in the caller's order: each drill-in costs the client's delay, so end where the next step starts.
  for (const page of order) {
    const panel = await hostToolsOn(doc, page, signal);
    if (page === 'root') {
      const lock = switchIn(panel, L.settings.locked);
      put('locked', lock ? isChecked(lock) : null);
    } else if (page === 'participants') {
      for (const key of ['chatAllowed', 'renameAllowed', 'unmuteAllowed'] as const) {
        const control = switchIn(panel, L.settings[key]);
        put(key, control ? isChecked(control) : null);
      }
    } else {
      const share = whoCanShare(panel);
      put('shareAllowed', share ? readShareAllowed(share) : null);
    }
  }
  return read;
}
