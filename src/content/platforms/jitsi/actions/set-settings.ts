import type { ActionHandler } from '../../../adapter';
import { done, notVerified } from '../../../kit/run-step';
import { adapterStep } from '../../../kit/step';
import { orderedSettingKeys, type MeetingSettings, type SettingKey } from '../../../../shared/model/settings';
import { closeFooterMenu, ensureModerationItems, readAllowed, setAllowed, shareMedia, type Media } from './moderation';
import { closeSecurityDialog, openSecurityDialog, readLocked, setLocked } from './security';

/** What Jitsi can change: the lobby (`locked`) and AV moderation; never chat or rename (#17613). */
export const JITSI_SETTINGS = ['shareAllowed', 'locked', 'unmuteAllowed'] as const satisfies readonly SettingKey[];
const MEDIA: Partial<Record<SettingKey, Media>> = { shareAllowed: 'desktop', unmuteAllowed: 'audio' };

/**
 * In panic order: screen-share moderation and audio moderation from the pane footer menu, the
 * lobby from the Security Options dialog. Each is read before it is changed, confirmed on the
 * page, and read again; `before` / `after` hold what the page showed.
 */
export const setSettings: ActionHandler<'set-settings'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const before: Partial<MeetingSettings> = {};
    const after: Partial<MeetingSettings> = {};
    const failures: SettingKey[] = [];
    const unsupported: SettingKey[] = [];
    let openedFooter = false;
    try {
      for (const key of orderedSettingKeys(request.changes)) {
        const want = request.changes[key]!;
        let media = MEDIA[key];
        if (key === 'locked') {
          await openSecurityDialog(doc, signal);
          before.locked = readLocked(doc) ?? undefined;
          if (!(await setLocked(doc, want, signal))) failures.push(key);
          after.locked = readLocked(doc) ?? undefined;
          await closeSecurityDialog(doc, signal);
        } else if (media) {
          openedFooter = (await ensureModerationItems(doc, signal)) || openedFooter;
          if (key === 'shareAllowed') media = shareMedia(doc);
          before[key] = readAllowed(doc, media) ?? undefined;
          if (!(await setAllowed(doc, media, want, signal))) failures.push(key);
          after[key] = readAllowed(doc, media) ?? undefined;
        } else unsupported.push(key);
      }
    } finally {
      if (openedFooter) closeFooterMenu(doc);
    }
    const changed = orderedSettingKeys(request.changes).filter(
      (key) => before[key] !== undefined && before[key] !== after[key],
    );
    if (failures.length > 0) return notVerified(`not confirmed: ${failures.join(', ')}`, { before, after });
    if (unsupported.length > 0) {
      return {
        ok: false,
        code: 'unsupported',
        detail: `Jitsi has no control for ${unsupported.join(', ')}`,
        before,
        after,
      };
    }
    return done(changed.length > 0 ? `changed ${changed.join(', ')}` : 'already as asked', { before, after });
  });
