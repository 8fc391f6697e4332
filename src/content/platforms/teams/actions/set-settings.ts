import type { ActionHandler } from '../../../adapter';
import { done, notVerified } from '../../../kit/run-step';
import { exclusive } from '../enumerate';
import { adapterStep } from '../../../kit/step';
import { orderedSettingKeys, type MeetingSettings, type SettingKey } from '../../../../shared/model/settings';
import { applyOptions, type OptionsSetting } from './options-settings';
import { applyPaneSetting, closePaneMenu, paneShows, readPaneMenu } from './pane-menu';

/*
 * Teams spreads these over two places: meeting options ("Who can present?", "Meeting chat") and
 * the People pane's "More actions" (lock, attendee mics). Panic order is share, lock, chat,
 * unmute; here share and chat go through ONE meeting-options Save (share first), then lock and
 * mics through the pane menu: one Save is faster than two trips and the share, what hurts, still
 * ends first. A pane without a mic item sends unmuteAllowed to meeting options' switch.
 * Every value in `before` / `after` is read from the page.
 */
export const TEAMS_SETTINGS = [
  'shareAllowed',
  'locked',
  'chatAllowed',
  'unmuteAllowed',
] as const satisfies SettingKey[];
const SHORT_MS = 1_000;
type PaneKey = 'locked' | 'unmuteAllowed';

export const setSettings: ActionHandler<'set-settings'> = (request, signal, doc = document) =>
  adapterStep(doc, () =>
    exclusive(doc, async () => {
      const { changes } = request;
      const keys = orderedSettingKeys(changes);
      const before: Partial<MeetingSettings> = {};
      const after: Partial<MeetingSettings> = {};
      const failures: string[] = keys.filter((key) => !(TEAMS_SETTINGS as readonly string[]).includes(key));
      const timeout = () => (failures.length > 0 ? SHORT_MS : undefined);
      const viaOptions = async (optionKeys: OptionsSetting[]) => {
        if (optionKeys.length === 0) return;
        const asked = Object.fromEntries(optionKeys.map((key) => [key, changes[key]]));
        const result = await applyOptions(doc, asked, signal, timeout());
        Object.assign(before, result.before);
        Object.assign(after, result.after);
        for (const key of optionKeys) if (result.after[key] !== changes[key]) failures.push(key);
      };

      await viaOptions(keys.filter((key): key is OptionsSetting => key === 'shareAllowed' || key === 'chatAllowed'));
      const paneKeys = keys.filter((key): key is PaneKey => key === 'locked' || key === 'unmuteAllowed');
      if (paneKeys.length > 0) {
        const { trigger, state } = await readPaneMenu(doc, signal);
        closePaneMenu(doc, trigger);
        for (const key of paneKeys) {
          const want = changes[key]!;
          const was = state[key];
          if (was === undefined) {
            if (key === 'locked') failures.push('locked (no "Lock the meeting" in the People pane menu)');
            continue;
          }
          before[key] = was;
          if (was !== want) await applyPaneSetting(doc, key, want, signal);
          after[key] = was === want ? was : await paneShows(doc, key, want, signal, timeout() ?? 2_000);
          if (after[key] !== want) failures.push(key);
        }
        if (paneKeys.includes('unmuteAllowed') && state.unmuteAllowed === undefined)
          await viaOptions(['unmuteAllowed']);
      }
      if (failures.length > 0) return notVerified(`not confirmed: ${failures.join(', ')}`, { before, after });
      const changed = keys.filter((key) => before[key] !== after[key]);
      return done(changed.length > 0 ? `changed ${changed.join(', ')}` : 'already as asked', { before, after });
    }),
  );
