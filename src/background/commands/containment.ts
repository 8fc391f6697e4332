import type { HostCommand } from '../../shared/actions';
import { PANIC_SETTINGS, orderedSettingKeys, SETTING_KEYS, type MeetingSettings } from '../../shared/model/settings';
import { isModerator } from '../../shared/model/participant';
import type { ActionRecord, MeetingSession } from '../../shared/model/session';
import { newRecord, recordSteps, type StepContext } from './record-step';
import { runStep } from './run-step';

/** Present participants (not hosts or co-hosts) whose share is live: the first thing to cut. */
export function liveIntruderShares(session: MeetingSession): string[] {
  return Object.values(session.participants)
    .filter((p) => p.present && p.sharing && !isModerator(p))
    .map((p) => p.id);
}

export async function stopShares(context: StepContext, participantIds: string[]): Promise<ActionRecord[]> {
  const records: ActionRecord[] = [];
  for (const participantId of participantIds) {
    records.push(await runStep(context, 'stop-share', { id: 'stop-share', participantId }));
  }
  return records;
}

/**
 * Closes everything else: the platform's native all-in-one action when it has one (it is one
 * menu visit instead of five), else each setting in threat-model order. Every setting gets its
 * own verified record either way.
 */
export async function closeMeeting(context: StepContext, session: MeetingSession): Promise<ContainmentResult> {
  const wanted = panicSettingsFor(session);
  if (session.capabilities.includes('suspend')) {
    const suspend = await runStep(context, 'suspend', { id: 'suspend' });
    if (suspend.result.ok) {
      // What the page showed after suspending is verified here; the rest gets its own visit.
      const after = suspend.result.after ?? {};
      const shown = orderedSettingKeys(wanted).filter((key) => after[key] === wanted[key]);
      const missed = orderedSettingKeys(wanted).filter((key) => after[key] !== wanted[key]);
      const checks = verifySettings(context, suspend, pick(wanted, shown));
      await recordSteps(context.tabId, checks);
      if (missed.length === 0) return { records: [suspend, ...checks], before: suspend.result.before ?? {} };
      const rest = await applySettings(context, pick(wanted, missed));
      return { records: [suspend, ...checks, ...rest.records], before: { ...rest.before, ...suspend.result.before } };
    }
    const fallback = await applySettings(context, wanted);
    return { records: [suspend, ...fallback.records], before: fallback.before };
  }
  if (Object.keys(wanted).length === 0) return { records: [], before: {} };
  return applySettings(context, wanted);
}

/**
 * The panic settings this platform can change and read back: a client without a rename control
 * must not make panic fail. What it cannot do is the host's manual path, shown in the panel.
 */
export function panicSettingsFor(session: Pick<MeetingSession, 'changeable'>): Partial<MeetingSettings> {
  return pick(PANIC_SETTINGS, session.changeable);
}

export interface ContainmentResult {
  records: ActionRecord[];
  /** Settings as they were before containment touched them. */
  before: Partial<MeetingSettings>;
}

export async function applySettings(
  context: StepContext,
  changes: Partial<MeetingSettings>,
): Promise<ContainmentResult> {
  const record = await runStep(context, 'set-settings', { id: 'set-settings', changes }, (result) =>
    undoSettings(changes, result.before),
  );
  const checks = verifySettings(context, record, changes);
  await recordSteps(context.tabId, checks);
  return { records: [record, ...checks], before: record.result.before ?? {} };
}

/**
 * What puts back a settings change: each changed key to the value the page showed before (or,
 * unread, its opposite). Nothing to undo when every key already had the wanted value.
 */
export function undoSettings(
  changes: Partial<MeetingSettings>,
  before: Partial<MeetingSettings> | undefined,
): HostCommand | undefined {
  const back: Partial<MeetingSettings> = {};
  for (const key of orderedSettingKeys(changes)) {
    const was = before?.[key] ?? !changes[key];
    if (was !== changes[key]) back[key] = was;
  }
  return Object.keys(back).length === 0 ? undefined : { kind: 'set-settings', changes: back };
}

/** One record per setting, read from what the page showed after the step. */
function verifySettings(context: StepContext, step: ActionRecord, wanted: Partial<MeetingSettings>): ActionRecord[] {
  const after = step.result.after ?? {};
  return orderedSettingKeys(wanted).map((key) => {
    const ok = after[key] === wanted[key];
    return newRecord(context, `setting:${key}`, {
      ok,
      ms: step.result.ms,
      code: ok ? 'done' : 'not-verified',
      detail: ok ? `verified on the page after ${step.step}` : `the page does not show ${key} = ${String(wanted[key])}`,
    });
  });
}

export function pick(settings: Partial<MeetingSettings>, keys: readonly string[]): Partial<MeetingSettings> {
  return Object.fromEntries(SETTING_KEYS.filter((k) => keys.includes(k)).map((k) => [k, settings[k]]));
}
