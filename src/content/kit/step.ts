import { WaitTimeout, waitFor } from './wait-for';
import { runStep, type StepOutcome } from './run-step';
import type { ActionResult, ResultCode } from '../../shared/model/action';

/** Ends a step early with a definite outcome (e.g. the target is not in the roster). */
export class StepAbort extends Error {
  constructor(readonly outcome: StepOutcome) {
    super(outcome.detail);
  }
}

export function bail(code: Exclude<ResultCode, 'done'>, detail: string): never {
  throw new StepAbort({ ok: false, code, detail });
}

/**
 * runStep plus early exits. On any failure, a menu this step left open is closed so the host is
 * not left with a stray popup (dialogs are left alone: the host may want them).
 */
export async function adapterStep(doc: Document, work: () => Promise<StepOutcome>): Promise<ActionResult> {
  const result = await runStep(async () => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof StepAbort) return error.outcome;
      throw error;
    }
  });
  if (!result.ok && result.code !== 'awaiting-host') closeMenus(doc);
  return result;
}

/** How long a clicked control may take to show its effect before the step reports `not-verified`. */
export const VERIFY_TIMEOUT_MS = 2_000;

/**
 * Waits for a post-condition read from the page. A timeout here means the page did not confirm
 * the change, which is `not-verified` (the control was there), not `control-missing`.
 */
export async function confirmed(
  check: () => boolean,
  what: string,
  signal: AbortSignal,
  timeoutMs = VERIFY_TIMEOUT_MS,
  root?: Node,
): Promise<boolean> {
  try {
    await waitFor(() => check(), what, { signal, timeoutMs, ...(root ? { root } : {}) });
    return true;
  } catch (error) {
    if (error instanceof WaitTimeout) return false;
    throw error;
  }
}

/** Escape closes the client's popup menus, as it would for a keyboard user. */
export function closeMenus(doc: Document): void {
  if (!doc.querySelector('[role="menu"]')) return;
  (doc.activeElement ?? doc.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
}

/** A control that must be on the page now; otherwise the step ends as `control-missing`. */
export function required<E extends Element = HTMLElement>(element: E | null | undefined, what: string): E {
  return element ?? bail('control-missing', `${what} is not on the page`);
}
