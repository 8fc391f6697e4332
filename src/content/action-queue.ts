import type { MeetingAdapter, ActionHandler } from './adapter';
import { failed, type ActionRequest, type ActionResult } from '../shared/model/action';

/** No single step may hold the queue longer than this, whatever the page does. */
export const STEP_DEADLINE_MS = 8_000;

/** Runs adapter actions strictly one after another, each bounded in time. */
export function createActionQueue(adapter: MeetingAdapter, signal: AbortSignal, doc: Document = document) {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(request: ActionRequest): Promise<ActionResult> {
      const result = tail.then(() => runOne(adapter, request, signal, doc));
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

async function runOne(
  adapter: MeetingAdapter,
  request: ActionRequest,
  signal: AbortSignal,
  doc: Document,
): Promise<ActionResult> {
  const handler = adapter.actions[request.id] as ActionHandler<typeof request.id> | undefined;
  if (!handler) return failed('unsupported', `${adapter.id} has no "${request.id}" action`);
  if (signal.aborted) return failed('aborted', 'the meeting page is closing');
  const expiry = new AbortController();
  const timer = setTimeout(
    () => expiry.abort(new DOMException(`step took over ${STEP_DEADLINE_MS} ms`, 'AbortError')),
    STEP_DEADLINE_MS,
  );
  try {
    return await handler(request as never, AbortSignal.any([signal, expiry.signal]), doc);
  } catch (error) {
    // Adapters should never throw; if one does, the host still gets a result.
    return failed('error', `adapter threw: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}
