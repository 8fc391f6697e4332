import { OBSERVER_PASS_MEASURE } from '../../../src/content/kit/observe-page';
import type { MeetingSession } from '../../../src/shared/model/session';
import { hostCommand } from '../../support/host-command';
import { INTRUDER } from '../../support/staged-attacks';
import type { BenchBrowser } from '../bench-browser';
import { dateNowOffset } from '../page-clock';
import { pollUntil } from '../poll';
import { tripwireCommittedAt } from './alert-commits';
import { passBetween, readShareLog, shareWatched, watchShare } from './share-watch';

/** One Shield run, every time in ms after the page log's `share-started` (t0). */
export interface ShieldRun {
  /** `share-stopped` (by the row menu) in the page log: Shield stopped it, nobody pressed anything. */
  stopped: number;
  /** The share view entered the page (the practice client's own render after its log entry). */
  appeared: number;
  /** The share view first carried the blur. */
  blurred?: number;
  /** The safe-view cover entered the page. */
  covered?: number;
  /** The content script's observer pass that blurred the share view (its whole duration). */
  blurPassMs?: number;
  /** The blur was on at the first animation frame after the share view appeared. */
  blurredAtFirstFrame: boolean;
  /** The background committed the tripwire alert (session `updatedAt`, on the page clock). */
  alertCommitted?: number;
  /** Shield's own stop-share record: verified ok, and its content-side time. */
  ok: boolean;
  contentMs?: number;
}

const WATCH_TIMEOUT_MS = 15_000;

/**
 * Shield on, a fresh joiner shares at once (shareBomb), and nobody touches anything: a fresh
 * practice tab per run, Shield switched on from the panel page as the panel's button does, then
 * the drill starts and the page itself records the share's life (share-watch.ts). The session is
 * read only after the share is gone, to check Shield's record and let its later steps finish
 * before the tab closes.
 */
export async function runShieldOnce(bench: BenchBrowser, script: string): Promise<ShieldRun> {
  const meeting = await bench.openMeeting({ script });
  try {
    const switched = await hostCommand(bench.panel, meeting.tabId, { kind: 'shield', on: true });
    if (!switched.ok) throw new Error('Shield could not be switched on');
    await meeting.page.bringToFront();
    await meeting.page.evaluate(watchShare, WATCH_TIMEOUT_MS);
    await meeting.page.click('#pm-start-scenario');
    const watch = await shareWatched(meeting.page);
    const log = await readShareLog(meeting.page, INTRUDER.id);
    if (log.started === undefined || log.stopped === undefined || log.stoppedHow !== 'by-host')
      throw new Error(`Shield did not stop the share through the row menu: ${JSON.stringify(log)}`);
    const blurPassMs =
      watch.blurredAt === undefined
        ? undefined
        : await passBetween(meeting.page, watch.appearedAt, watch.blurredAt, OBSERVER_PASS_MEASURE);
    const offset = await dateNowOffset(meeting.page);
    // Shield's later steps (sharing disabled) run on; wait for them so the tab closes quiet.
    await pollUntil(async () => shieldDone(await meeting.session()), "Shield's steps", { timeoutMs: 10_000 }).catch(
      () => undefined,
    );
    const stop = ruleStep(await meeting.session(), 'stop-share');
    const committed = await tripwireCommittedAt(bench.panel, meeting.tabId);
    const t0 = log.started;
    return {
      stopped: log.stopped - t0,
      appeared: watch.appearedAt - t0,
      blurred: watch.blurredAt === undefined ? undefined : watch.blurredAt - t0,
      covered: watch.coveredAt === undefined ? undefined : watch.coveredAt - t0,
      blurPassMs,
      blurredAtFirstFrame: watch.firstFrameFilter?.includes('blur') === true,
      alertCommitted: committed === undefined ? undefined : committed - offset - t0,
      ok: stop?.result.ok === true && stop.participantId === INTRUDER.id,
      contentMs: stop?.result.ms,
    };
  } finally {
    await meeting.close();
  }
}

const ruleStep = (session: MeetingSession | undefined, step: string) =>
  session?.actions.find((a) => a.origin === 'rule' && a.step === step);

/** Stop-share and the settings step that closes sharing are both recorded. */
const shieldDone = (session: MeetingSession | undefined) =>
  ruleStep(session, 'stop-share') !== undefined && ruleStep(session, 'set-settings') !== undefined;
