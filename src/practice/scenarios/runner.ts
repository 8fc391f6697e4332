import type { PracticeLog } from '../log';
import type { RemoteParticipants } from '../model/remote';
import type { PracticeParams } from '../params';
import { loadScenario, scenarioLabel } from './load';
import { createScenarioPlayer, type ScenarioPlayer } from './player';

export type DrillStatus = 'loading' | 'ready' | 'running' | 'finished' | 'error';

export interface DrillState {
  label: string;
  status: DrillStatus;
  /** Shown in the drill bar, e.g. why a script was rejected. */
  message: string;
}

/**
 * Loads the scenario at mount and plays it when the host clicks "Start scenario" (or at once
 * with `autostart=1`). Owns the player, so unmounting stops every scripted participant.
 */
export function createScenarioRunner(
  params: PracticeParams,
  pageUrl: string,
  remote: RemoteParticipants,
  log: PracticeLog,
  fetchJson?: (url: URL) => Promise<unknown>,
) {
  let state: DrillState = { label: scenarioLabel(params), status: 'loading', message: 'Loading scenario…' };
  const listeners = new Set<() => void>();
  let player: ScenarioPlayer | undefined;
  let startWhenReady = params.autostart;
  let stopped = false;

  const set = (next: Partial<DrillState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  function start() {
    if (state.status === 'loading') startWhenReady = true;
    if (state.status !== 'ready' || !player) return;
    set({ status: 'running', message: 'Running' });
    player.start(() => set({ status: 'finished', message: 'Finished' }));
  }

  loadScenario(params, pageUrl, fetchJson).then(
    ({ label, steps }) => {
      if (stopped) return;
      player = createScenarioPlayer(steps, remote, log);
      log.record('scenario-loaded', { detail: `${label} (${steps.length} steps)` });
      set({ label, status: 'ready', message: 'Ready' });
      if (startWhenReady) start();
    },
    (error: unknown) => {
      if (stopped) return;
      const message = error instanceof Error ? error.message : String(error);
      log.record('scenario-error', { detail: message });
      set({ status: 'error', message });
    },
  );

  return {
    get: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start,
    stop() {
      stopped = true;
      player?.stop();
    },
  };
}

export type ScenarioRunner = ReturnType<typeof createScenarioRunner>;
