import type { CommandOutcome } from '../../../src/shared/protocol/messages';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol/messages';
import { spacedJoins } from '../../support/staged-attacks';
import type { BenchBrowser } from '../bench-browser';
import { pollUntil } from '../poll';

export const RAIDERS = 12;
/** Well inside the default burst window (5 joins in 10 s), so all the raiders form one burst. */
const RAID_INTERVAL_MS = 100;

/** One sweep, timed in the panel page (its clock) around the host command. */
export interface SweepRun {
  ms: number;
  /** The outcome was ok, every step ok, one per raider, and no raider is left in the page's roster. */
  ok: boolean;
  steps: number;
}

/** The raid as a practice timeline: ids j1…j12, unique names. */
export const raidTimeline = () => spacedJoins(RAIDERS, RAID_INTERVAL_MS, (i) => `Raider ${i + 1}`);

/**
 * A fresh practice tab where 12 raiders join; once the background's join-burst alert lists all
 * 12, the panel page sends the sweep exactly as the panel's confirmed "Raid sweep" does, and the
 * time runs from sending it to its outcome coming back (each removal verified by the content
 * script). The page's roster is then checked for any raider left.
 */
export async function runRaidSweepOnce(bench: BenchBrowser, script: string): Promise<SweepRun> {
  const meeting = await bench.openMeeting({ script });
  try {
    await meeting.page.bringToFront();
    await meeting.page.click('#pm-start-scenario');
    const burstIds = async () =>
      (await meeting.session())?.alerts.find((a) => a.kind === 'join-burst')?.participantIds ?? [];
    await pollUntil(async () => (await burstIds()).length >= RAIDERS, `a join burst of ${RAIDERS}`);
    const participantIds = await burstIds();
    const timed = await bench.panel.evaluate(
      async ({ tabId, participantIds, v }) => {
        const now = () => performance.timeOrigin + performance.now();
        const command = { kind: 'sweep', participantIds, blockRejoin: true };
        const sent = now();
        const outcome = (await chrome.runtime.sendMessage({ type: 'panel-bg/command', v, tabId, command })) as CommandOutcome;
        return { ms: now() - sent, outcome };
      },
      { tabId: meeting.tabId, participantIds, v: PROTOCOL_VERSION },
    );
    const left = await meeting.page.evaluate(
      (ids) => ids.filter((id) => document.querySelector(`#pm-participants-list [data-participant-id="${id}"]`)),
      participantIds,
    );
    const { outcome } = timed;
    const ok =
      outcome.ok &&
      outcome.steps.length === RAIDERS &&
      outcome.steps.every((s) => s.result.ok) &&
      left.length === 0;
    return { ms: timed.ms, ok, steps: outcome.steps.length };
  } finally {
    await meeting.close();
  }
}
