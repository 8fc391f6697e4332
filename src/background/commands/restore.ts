import { failed } from '../../shared/model/action';
import { SETTING_KEYS, type MeetingSettings } from '../../shared/model/settings';
import type { MeetingSession } from '../../shared/model/session';
import type { CommandOutcome } from '../../shared/protocol/messages';
import { updateSession } from '../session/session-store';
import { newRecord, recordSteps, type StepContext } from './record-step';
import { applySettings } from './containment';

/**
 * Puts back exactly the settings panic changed, in one action. Settings the page did not confirm
 * stay in the snapshot, so pressing Restore again retries only those.
 */
export async function runRestore(context: StepContext, session: MeetingSession): Promise<CommandOutcome> {
  const snapshot = session.panic?.restoredAt === undefined ? (session.panic?.snapshot ?? {}) : {};
  if (Object.keys(snapshot).length === 0) {
    const record = newRecord(
      context,
      'restore',
      failed('target-missing', 'nothing to restore: panic changed no setting'),
    );
    await recordSteps(context.tabId, [record]);
    return { ok: false, steps: [record] };
  }
  const result = await applySettings(context, snapshot);
  const after = result.records[0]?.result.after ?? {};
  const remaining = notYetRestored(snapshot, after);
  await updateSession(context.tabId, (latest) => {
    if (!latest?.panic) return latest;
    const panic = Object.keys(remaining).length
      ? { ...latest.panic, snapshot: remaining }
      : { ...latest.panic, restoredAt: Date.now() };
    return { ...latest, panic, updatedAt: Date.now() };
  });
  return { ok: result.records.every((r) => r.result.ok), steps: result.records };
}

function notYetRestored(snapshot: Partial<MeetingSettings>, after: Partial<MeetingSettings>): Partial<MeetingSettings> {
  const remaining: Partial<MeetingSettings> = {};
  for (const key of SETTING_KEYS) {
    if (snapshot[key] !== undefined && after[key] !== snapshot[key]) remaining[key] = snapshot[key];
  }
  return remaining;
}
