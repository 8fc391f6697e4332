import * as v from 'valibot';
import { browser } from '../shared/platform/browser';
import { envelope } from '../shared/protocol/channel';
import { ActionResultSchema } from '../shared/protocol/schemas';
import { failed, type ActionRequest, type ActionResult } from '../shared/model/action';
import type { MeetingSession } from '../shared/model/session';

/** Longer than the content side's own per-step deadline, so the page reports its own timeouts. */
export const ACT_TIMEOUT_MS = 10_000;

/**
 * Asks the meeting page to perform one step and returns its verified result. A page that is gone,
 * silent or answering nonsense becomes a failed result with a message for the host.
 */
export async function actInMeeting(session: MeetingSession, request: ActionRequest): Promise<ActionResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ACT_TIMEOUT_MS)));
  try {
    const sent = browser.tabs.sendMessage(session.tabId, envelope('bg-content/act', { request }), {
      frameId: session.frameId,
    });
    const reply: unknown = await Promise.race([sent, timeout]);
    if (reply === 'timeout')
      return failed('no-meeting', `the meeting page did not answer within ${ACT_TIMEOUT_MS / 1000} s`, ms());
    const parsed = v.safeParse(ActionResultSchema, reply);
    return parsed.success ? parsed.output : failed('error', 'the meeting page sent an invalid reply', ms());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed('no-meeting', `the meeting page is not reachable (${reason.slice(0, 200)}); reload it`, ms());
  } finally {
    clearTimeout(timer);
  }
}
