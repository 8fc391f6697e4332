import type { ActionHandler } from '../../../adapter';
import { done, notVerified } from '../../../kit/run-step';
import { adapterStep, confirmed, type StepAbort } from '../../../kit/step';
import { orderedSettingKeys, type MeetingSettings, type SettingKey } from '../../../../shared/model/settings';
import { openChatSwitch, openHostControls, restorePeople } from './panels';
import { requestLocked, requestSwitch, type Pending } from './host-switches';

export const MEET_SETTINGS = [
  'shareAllowed',
  'locked',
  'chatAllowed',
  'unmuteAllowed',
] as const satisfies readonly SettingKey[];
type MeetSetting = (typeof MEET_SETTINGS)[number];
const isMeetSetting = (key: SettingKey): key is MeetSetting => (MEET_SETTINGS as readonly SettingKey[]).includes(key);

/**
 * One visit to Host controls, in panic order: "Share their screen", access Restricted (our
 * `locked`), "Send chat messages" (or, in builds without it there, the chat panel's "Let
 * participants send messages"), "Turn on their microphone". `before` / `after` are read from
 * the page. The People panel is reopened afterwards so the roster stays watched.
 */
export const setSettings: ActionHandler<'set-settings'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const keys = orderedSettingKeys(request.changes).filter(isMeetSetting);
    const pending = new Map<MeetSetting, Pending>();
    const panel = await openHostControls(doc, signal);
    let chatInChatPanel = false;
    for (const key of keys) {
      const want = request.changes[key]!;
      if (key === 'locked') pending.set(key, requestLocked(panel, want));
      else if (key !== 'chatAllowed') pending.set(key, await requestSwitch(panel, key, want, signal));
      else {
        const chat = await requestSwitch(panel, 'chatAllowed', want, signal).catch((error: StepAbort) => {
          if (error?.outcome?.code !== 'control-missing') throw error;
          return null;
        });
        if (chat) pending.set(key, chat);
        else chatInChatPanel = true;
      }
    }
    const matchesWanted = () => [...pending].every(([key, entry]) => entry.read() === request.changes[key]);
    await confirmed(matchesWanted, 'Host controls show the new settings', signal);
    const before: Partial<MeetingSettings> = {};
    const after: Partial<MeetingSettings> = {};
    for (const [key, entry] of pending) {
      before[key] = entry.before;
      after[key] = entry.read() ?? entry.before;
    }
    if (chatInChatPanel) {
      const want = request.changes.chatAllowed!;
      await openChatSwitch(doc, signal);
      const chat = await requestSwitch(doc, 'chatPanelSwitch', want, signal);
      await confirmed(() => chat.read() === want, '"Let participants send messages"', signal);
      before.chatAllowed = chat.before;
      after.chatAllowed = chat.read() ?? chat.before;
    }
    await restorePeople(doc, signal);
    const failures = keys.filter((key) => after[key] !== request.changes[key]);
    const ignored = orderedSettingKeys(request.changes).filter((key) => !isMeetSetting(key));
    const note = ignored.length > 0 ? `; Meet has no ${ignored.join(', ')} control` : '';
    if (failures.length > 0) return notVerified(`not confirmed: ${failures.join(', ')}${note}`, { before, after });
    const changed = keys.filter((key) => before[key] !== after[key]);
    return done(`${changed.length > 0 ? `changed ${changed.join(', ')}` : 'already as asked'}${note}`, {
      before,
      after,
    });
  });
