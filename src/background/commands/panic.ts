import { PANIC_SETTINGS, SETTING_KEYS, type MeetingSettings } from '../../shared/model/settings';
import type { CommandOutcome } from '../../shared/protocol/messages';
import type { ActionRecord, MeetingSession, PanicState } from '../../shared/model/session';
import { getSession, updateSession } from '../session/session-store';
import type { StepContext } from './record-step';
import { closeMeeting, liveIntruderShares, stopShares } from './containment';
import { panicOptions, removeSharers } from './panic-options';

/**
 * Panic, in the threat model's order: every live intruder share off the screen first, then the
 * room closed (sharing, lock, chat, rename, unmute), and, if the host chose it, the sharers
 * removed. It records what it changed so Restore can put back exactly that.
 */
export async function runPanic(context: StepContext, session: MeetingSession): Promise<CommandOutcome> {
  const runId = crypto.randomUUID();
  const startedAt = Date.now();
  const sharers = liveIntruderShares(session);
  const shareRecords = await stopShares(context, sharers);
  const current = (await getSession(context.tabId)) ?? session;
  const containment = await closeMeeting(context, current);
  // Last, once the door is shut: a removed sharer then cannot walk straight back in.
  const removals = (await panicOptions()).removeSharers ? await removeSharers(context, current, sharers) : [];
  const steps = [...shareRecords, ...containment.records, ...removals];
  const ok = steps.every((step) => step.result.ok);
  await updateSession(context.tabId, (latest) => {
    if (!latest) return undefined;
    const panic: PanicState = {
      runId,
      startedAt,
      finishedAt: Date.now(),
      ok,
      snapshot: mergeSnapshot(latest.panic, changedBy({ ...containment.before, ...beforeShares(shareRecords) })),
    };
    return { ...latest, panic, updatedAt: Date.now() };
  });
  return { ok, steps };
}

/**
 * Settings a share stop changed on the way (Zoom has no per-person stop: it sets "Who can share?"
 * to host only), as the page showed them before: the earliest reading wins.
 */
function beforeShares(records: readonly ActionRecord[]): Partial<MeetingSettings> {
  return records.reduceRight<Partial<MeetingSettings>>(
    (merged, record) => ({ ...merged, ...record.result.before }),
    {},
  );
}

/** The settings panic actually changed, with their values before panic. */
export function changedBy(before: Partial<MeetingSettings>): Partial<MeetingSettings> {
  const snapshot: Partial<MeetingSettings> = {};
  for (const key of SETTING_KEYS) {
    const value = before[key];
    if (value !== undefined && value !== PANIC_SETTINGS[key]) snapshot[key] = value;
  }
  return snapshot;
}

/**
 * A second panic before Restore must not overwrite the first snapshot with "already closed"
 * values: the earliest value of each setting is the one to restore.
 */
export function mergeSnapshot(
  previous: PanicState | undefined,
  fresh: Partial<MeetingSettings>,
): Partial<MeetingSettings> {
  if (!previous || previous.restoredAt !== undefined) return fresh;
  return { ...fresh, ...previous.snapshot };
}
