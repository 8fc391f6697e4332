import { failed, type ActionResult } from '../../shared/model/action';
import { WaitTimeout } from './wait-for';

export type StepOutcome = Omit<ActionResult, 'ms'>;

/**
 * Runs one adapter action and turns every way it can end into a result with its duration:
 * a control that never appeared, an abort, or an unexpected page state. Never throws.
 */
export async function runStep(work: () => Promise<StepOutcome>): Promise<ActionResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const outcome = await work();
    return { ...outcome, ms: elapsed() };
  } catch (error) {
    if (error instanceof WaitTimeout) return failed('control-missing', error.message, elapsed());
    if (error instanceof DOMException && error.name === 'AbortError')
      return failed('aborted', error.message, elapsed());
    return failed('error', error instanceof Error ? error.message : String(error), elapsed());
  }
}

export const done = (detail: string, extra: Partial<StepOutcome> = {}): StepOutcome => ({
  ok: true,
  code: 'done',
  detail,
  ...extra,
});

export const notVerified = (detail: string, extra: Partial<StepOutcome> = {}): StepOutcome => ({
  ok: false,
  code: 'not-verified',
  detail,
  ...extra,
});
