import { browser } from '../../shared/platform/browser';
import type { MeetingSession, ActionRecord } from '../../shared/model/session';
import { asPanicOptions, PANIC_OPTIONS_KEY, type PanicOptions } from '../../shared/storage-keys';
import type { StepContext } from './record-step';
import { runStep } from './run-step';

export async function panicOptions(): Promise<PanicOptions> {
  return asPanicOptions((await browser.storage.local.get(PANIC_OPTIONS_KEY))[PANIC_OPTIONS_KEY]);
}

/**
 * The host's opt-in last step of panic (Meet, Jitsi: remove the sharer): each participant who was
 * sharing is removed with rejoining blocked where the platform can. A platform without removal
 * records nothing here; the panel already shows Eject as unavailable with the manual path.
 */
export async function removeSharers(
  context: StepContext,
  session: MeetingSession,
  participantIds: readonly string[],
): Promise<ActionRecord[]> {
  if (!session.capabilities.includes('remove')) return [];
  const records: ActionRecord[] = [];
  for (const participantId of participantIds) {
    records.push(await runStep(context, 'remove', { id: 'remove', participantId, blockRejoin: true }));
  }
  return records;
}
