import { shortcutOf } from '../support/shortcut';
import type { ActionRecord } from '../../src/shared/model/session';
import { pressShortcut } from '../support/shortcut';
import type { BenchBrowser } from './bench-browser';
import { containedAt, readContainmentEffects, waitForContainment } from './containment-log';
import { dateNowOffset, pageNow } from './page-clock';
import { pollUntil } from './poll';

export const PANIC_CHORD = shortcutOf('panic');

/** One panic run, every time in ms after t0 (the page clock right before the key press). */
export interface PanicRun {
  /** The background's `panic.finishedAt`: every step verified on the page and recorded. */
  finished: number;
  /** `share-stopped` (by the row menu) in the page log. */
  firstStep: number;
  /** The latest page effect (share stopped, suspended, locked). */
  effects: number;
  /** `panic.startedAt`: the command reached the background's panic code. */
  started: number;
  ok: boolean;
  /** Each panic step: when the background recorded it (ms after t0) and the content-side duration. */
  steps: { step: string; recordedAt: number; contentMs: number; ok: boolean }[];
}

/**
 * One panic through the real shortcut: a fresh practice tab with the intruder sharing, CDP
 * the panic chord (the only input that fires `commands`, shortcut.ts), then the page's own log and
 * the background's session. The run waits in the page (a MutationObserver) and only then reads
 * the session, so nothing polls the background while it works.
 */
export async function runPanicOnce(bench: BenchBrowser): Promise<PanicRun> {
  const meeting = await bench.openSharingMeeting();
  try {
    await meeting.page.bringToFront();
    const offset = await dateNowOffset(meeting.page);
    const t0 = await pageNow(meeting.page);
    await pressShortcut(meeting.page, PANIC_CHORD);
    await waitForContainment(meeting.page);
    await pollUntil(async () => (await meeting.session())?.panic?.finishedAt !== undefined, 'panic.finishedAt');
    const session = (await meeting.session())!;
    const panic = session.panic!;
    const effects = await readContainmentEffects(meeting.page);
    const effectsAt = containedAt(effects);
    if (effectsAt === undefined || effects.shareStopped === undefined)
      throw new Error(`panic did not contain the meeting: ${JSON.stringify(effects)}`);
    // Background stamps are Date.now(): move them onto this page's clock.
    const sinceT0 = (dateNow: number) => dateNow - offset - t0;
    const steps = session.actions
      .filter((a: ActionRecord) => a.hostAction === 'panic')
      .map((a) => ({ step: a.step, recordedAt: sinceT0(a.at), contentMs: a.result.ms, ok: a.result.ok }));
    return {
      finished: sinceT0(panic.finishedAt!),
      firstStep: effects.shareStopped - t0,
      effects: effectsAt - t0,
      started: sinceT0(panic.startedAt),
      ok: panic.ok === true && steps.length > 0 && steps.every((s) => s.ok),
      steps,
    };
  } finally {
    await meeting.close();
  }
}
