import type { HostCommand } from '../../shared/actions';
import type { CommandOutcome } from '../../shared/protocol/messages';
import { createSerialQueue } from '../session/serial-queue';

const perMeeting = createSerialQueue<number>();
const panics = new Map<number, Promise<CommandOutcome>>();

/**
 * One command queue per meeting tab: the panel, a shortcut and (later) a rule never interleave
 * their steps, since two menus open at once would fight. A panic asked for while one is queued or
 * running joins it instead of running twice: a host hammering the key gets one containment.
 */
export function enqueueCommand(
  tabId: number,
  command: HostCommand,
  run: () => Promise<CommandOutcome>,
): Promise<CommandOutcome> {
  if (command.kind !== 'panic') return perMeeting(tabId, run);
  const joined = panics.get(tabId);
  if (joined) return joined;
  const panic = perMeeting(tabId, run);
  panics.set(tabId, panic);
  const forget = () => {
    if (panics.get(tabId) === panic) panics.delete(tabId);
  };
  panic.then(forget, forget);
  return panic;
}
