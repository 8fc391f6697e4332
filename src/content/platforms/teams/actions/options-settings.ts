import { bail } from '../../../kit/step';
import type { MeetingSettings } from '../../../../shared/model/settings';
import { LABELS } from '../labels';
import { hasLabel } from '../page';
import { findField, openMeetingOptions, pickOption, save, switchOn, valueOf } from './meeting-options';
import { ensureRoster } from './roster';

/*
 * The settings Teams keeps in meeting options: shareAllowed = "Who can present?" is not "Only me
 * and co-organizers" (attendees cannot share, T2; the role change applies to people already in
 * the meeting), chatAllowed = "Meeting chat" is not Off ("In-meeting only" still allows chat),
 * unmuteAllowed = the "Allow mic for attendees" switch (used when the People pane has no mic item).
 */
export type OptionsSetting = 'shareAllowed' | 'chatAllowed' | 'unmuteAllowed';
type Values = Partial<Pick<MeetingSettings, OptionsSetting>>;

const FIELD = {
  shareAllowed: { labels: LABELS.whoCanPresent, kind: 'combobox', tabs: LABELS.tabRoles },
  chatAllowed: { labels: LABELS.meetingChat, kind: 'combobox', tabs: LABELS.tabParticipation },
  unmuteAllowed: { labels: LABELS.allowMicSwitch, kind: 'switch', tabs: LABELS.tabAudioVideo },
} as const;
const field = (doc: Document, key: OptionsSetting, signal: AbortSignal) =>
  findField(doc, FIELD[key].labels, FIELD[key].kind, signal, FIELD[key].tabs);

async function read(doc: Document, key: OptionsSetting, signal: AbortSignal): Promise<boolean> {
  const control = await field(doc, key, signal);
  if (key === 'unmuteAllowed') return switchOn(control);
  const value = valueOf(control);
  return key === 'shareAllowed' ? !hasLabel(value, LABELS.presentOrganizers) : !hasLabel(value, LABELS.chatOff);
}

async function write(doc: Document, key: OptionsSetting, want: boolean, signal: AbortSignal): Promise<void> {
  const control = await field(doc, key, signal);
  if (key === 'unmuteAllowed') {
    if (switchOn(control) !== want) control.click();
    if (switchOn(control) !== want) bail('not-verified', '"Allow mic for attendees" did not switch');
    return;
  }
  const labels =
    key === 'shareAllowed'
      ? want
        ? LABELS.presentEveryone
        : LABELS.presentOrganizers
      : want
        ? LABELS.chatOn
        : LABELS.chatOff;
  await pickOption(doc, control, labels, signal);
}

/**
 * One visit: read the asked settings, change those that differ, Save; then read them back from a
 * freshly opened pane (the saved meeting, not the form). Ends with the People pane shown again.
 */
export async function applyOptions(doc: Document, changes: Values, signal: AbortSignal, timeoutMs?: number) {
  const keys = (Object.keys(changes) as OptionsSetting[]).filter((key) => changes[key] !== undefined);
  try {
    await openMeetingOptions(doc, signal);
    const before: Values = {};
    for (const key of keys) before[key] = await read(doc, key, signal);
    const changed = keys.filter((key) => before[key] !== changes[key]);
    for (const key of changed) await write(doc, key, changes[key]!, signal);
    const saved = changed.length === 0 || (await save(doc, signal, timeoutMs));
    const after: Values = {};
    if (changed.length > 0) {
      await ensureRoster(doc, signal);
      await openMeetingOptions(doc, signal);
    }
    for (const key of keys) after[key] = await read(doc, key, signal);
    return { before, after, saved };
  } finally {
    // People back in the side pane (Teams shows one at a time), even when a step failed.
    await ensureRoster(doc, signal).catch(() => undefined);
  }
}
