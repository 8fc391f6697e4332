import type { DetectionStages } from './detection';
import type { FloorRun } from './floor';
import type { PanicRun } from './panic';
import { distribution, type Distribution } from './stats';

const spread = (values: number[]) => distribution(values.filter(Number.isFinite));

/**
 * Where a panic's time goes, per run, from the session's step records: `recordedAt` is when the
 * background wrote a step's record (after the page answered), `contentMs` the time the content
 * script spent on it (menus, the page's delays, verification). The rest is the extension's own
 * cost: key routing, session reads, messaging and storage writes.
 */
export function panicStages(runs: readonly PanicRun[]): Record<string, Distribution> {
  const stage = (pick: (run: PanicRun) => number | undefined) =>
    spread(runs.map(pick).filter((v): v is number => v !== undefined));
  const step = (run: PanicRun, name: string) => run.steps.find((s) => s.step === name);
  return {
    'key → background panic start': stage((r) => r.started),
    'stop-share: content script': stage((r) => step(r, 'stop-share')?.contentMs),
    'stop-share: messaging + session': stage((r) => {
      const s = step(r, 'stop-share');
      return s && s.recordedAt - r.started - s.contentMs;
    }),
    'record write → suspend starts': stage((r) => {
      const stop = step(r, 'stop-share');
      const suspend = step(r, 'suspend');
      return stop && suspend && suspend.recordedAt - suspend.contentMs - stop.recordedAt;
    }),
    'suspend: content script': stage((r) => step(r, 'suspend')?.contentMs),
    'suspend recorded → finishedAt': stage((r) => {
      const s = step(r, 'suspend');
      return s && r.finished - s.recordedAt;
    }),
    'page effects → finishedAt': stage((r) => r.finished - r.effects),
  };
}

/** The floor's two steps, to set against the content script's step times. */
export function floorStages(runs: readonly FloorRun[]): Record<string, Distribution> {
  return {
    'stop share (More → Stop share, verified)': spread(runs.map((r) => r.shareStopped - r.t0)),
    'suspend (Security → Suspend → confirm, verified)': spread(runs.map((r) => r.contained - r.shareStopped)),
  };
}

export function detectionStages(stages: DetectionStages): Record<string, Distribution> {
  return {
    'page change → content script event': spread(stages.pageToContent),
    'content event → background folded it': spread(stages.contentToBackground),
    'background → panel storage.onChanged': spread(stages.backgroundToPanel),
    'onChanged → alert row in the DOM': spread(stages.panelRender),
  };
}
