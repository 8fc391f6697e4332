import { distribution, summary, type Distribution } from '../stats';
import type { ShieldMeasurements } from './measure';
import type { ShieldFloorRun } from './shield-floor';
import type { ShieldRun } from './shield-run';

const round1 = (x: number) => Math.round(x * 10) / 10;
const spread = (values: (number | undefined)[]) =>
  distribution(values.filter((v): v is number => v !== undefined && Number.isFinite(v)));

/** A floor run's two parts: the background knows, then the page's own path takes the share off. */
const floorDetection = (r: ShieldFloorRun) => r.alertCommitted - r.shareStarted;
const floorPath = (r: ShieldFloorRun) => r.shareStopped - r.firstClick;
const floorTotal = (r: ShieldFloorRun) => floorDetection(r) + floorPath(r);

/** The headline figures and their details, for results.json and the table. */
export function summariseShield(m: ShieldMeasurements) {
  // A run whose stop-share record was not verified ok did not contain the share: not a latency.
  const okRuns = m.shieldRuns.filter((r) => r.ok);
  const shieldMs = okRuns.map((r) => r.stopped);
  const floorMs = m.floorRuns.map(floorTotal);
  // Safe view works with Shield on or off; every run where the share view appeared counts.
  const safeViewMs = m.shieldRuns.map((r) => r.blurred).filter((v): v is number => v !== undefined);
  const sweepMs = m.sweepRuns.filter((r) => r.ok).map((r) => r.ms);
  const shield = summary(shieldMs);
  const shieldFloor = summary(floorMs);
  const scale = m.scale && {
    longestTaskMs: m.scale.longestTaskMs,
    batchP95Ms: m.scale.batchP95Ms,
    memoryMB: m.scale.memoryMB,
  };
  return {
    figures: {
      shield,
      shieldFloor,
      shieldRatio: Math.round((shield.p50 / shieldFloor.p50) * 100) / 100,
      safeView: summary(safeViewMs),
      raidSweep: summary(sweepMs),
      ...(scale ? { scale } : {}),
    },
    details: {
      distributions: {
        shield: distribution(shieldMs),
        shieldFloor: distribution(floorMs),
        safeView: distribution(safeViewMs),
        safeViewCover: spread(m.shieldRuns.map((r) => r.covered)),
        raidSweep: distribution(sweepMs),
      },
      shieldStages: shieldStages(okRuns),
      safeViewStages: {
        "share start → share view in the DOM (the client's render)": spread(m.shieldRuns.map((r) => r.appeared)),
        'share view in the DOM → blur seen by the page': spread(
          m.shieldRuns.map((r) => (r.blurred === undefined ? undefined : r.blurred - r.appeared)),
        ),
        "  of which the content script's pass that blurred it": spread(m.shieldRuns.map((r) => r.blurPassMs)),
      } as Record<string, Distribution>,
      shieldFloorStages: {
        'detection: share start → tripwire alert committed': spread(m.floorRuns.map(floorDetection)),
        "page's path: More → Stop share → share-stopped": spread(m.floorRuns.map(floorPath)),
      } as Record<string, Distribution>,
      safeViewBlurredAtFirstFrame: `${m.shieldRuns.filter((r) => r.blurredAtFirstFrame).length}/${m.shieldRuns.length}`,
      shieldRunsNotOk: m.shieldRuns.length - okRuns.length,
      raidSweepRunsNotOk: m.sweepRuns.length - sweepMs.length,
      failedRuns: m.failures,
      ...(m.scale ? { scale: m.scale.details } : {}),
      samples: {
        shield: shieldMs.map(round1),
        shieldFloor: floorMs.map(round1),
        safeView: safeViewMs.map(round1),
        raidSweep: sweepMs.map(round1),
      },
    },
  };
}

/** Where a Shield run's time goes: detection, then dispatch and the content script's step. */
function shieldStages(runs: readonly ShieldRun[]): Record<string, Distribution> {
  return {
    'share start → tripwire alert committed': spread(runs.map((r) => r.alertCommitted)),
    'alert committed → share stopped (Shield, row menu)': spread(
      runs.map((r) => (r.alertCommitted === undefined ? undefined : r.stopped - r.alertCommitted)),
    ),
    'stop-share: content script (menu, verify)': spread(runs.map((r) => r.contentMs)),
  };
}

export type ShieldSummary = ReturnType<typeof summariseShield>;

export const SHIELD_DEFINITIONS = {
  shield:
    "Shield on, a fresh joiner joins and shares at once, no input: the page log's 'share-started' → its 'share-stopped' (by the row menu, Shield's stop-share record verified ok); a fresh practice tab per run",
  shieldFloor:
    "detection plus the page's own stop-share path, per run in a fresh tab with Shield off: (share-started → the background's commit of the tripwire alert, i.e. the updatedAt of the first stored session header holding it, moved onto the page clock) + (an in-page script's first click on the row's More options → 'share-stopped', MutationObserver waits, no sleeps)",
  shieldRatio: 'shield p50 / shieldFloor p50',
  safeView:
    "same runs as shield: 'share-started' → a page MutationObserver (insertion, and the share view's style attribute) first sees the inline blur. The content script blurs in its observer pass for the insertion, in the same task, so the page sees it when that pass ends: the earliest the page could render anyway (details.safeViewBlurredAtFirstFrame checks the first frame)",
  raidSweep:
    '12 joiners form one join burst; once its alert lists all 12, the panel page sends {kind: sweep, blockRejoin: true}: sent → outcome returned (panel clock), counted only if every step is ok and no raider is left in the page roster',
  scale:
    "a roster of 1,000 at once, then 50 joins a second for 10 s; from the first measured join to 1 s after the last: longestTaskMs = longest 'longtask' entry in the meeting page (Chromium reports only tasks over 50 ms, so 0 = none), batchP95Ms = p95 of the content script's 'hostguard:observer-pass' measures (test build), memoryMB = the page's JS heap (CDP Runtime.getHeapUsage, page and content script share the isolate) after the joins",
};
