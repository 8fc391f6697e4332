import type { PracticeLog } from '../log';
import type { RemoteParticipants } from '../model/remote';
import type { Step } from './steps';

const DEFAULT_REJOIN_AFTER_MS = 1_000;

/**
 * Plays a timeline against the remote participants. One pending timer at a time; each step runs
 * at its `at` offset from the start (drift-corrected), and `stop()` cancels everything.
 */
export function createScenarioPlayer(steps: readonly Step[], remote: RemoteParticipants, log: PracticeLog) {
  const ordered = [...steps].sort((a, b) => a.at - b.at);
  // Script handle -> the row id the client gave that participant (changes on rejoin).
  const rows = new Map<string, string>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const unsubscribes: (() => void)[] = [];
  let index = 0;
  let startedAt = 0;

  const rowOf = (handle: string) => rows.get(handle) ?? handle;
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  function join(handle: string | undefined, request: Parameters<RemoteParticipants['join']>[0]) {
    const id = remote.join(request);
    if (id && handle) rows.set(handle, id);
  }

  function armRejoin(step: Extract<Step, { type: 'rejoin-after-removal' }>) {
    const attempt = () =>
      later(step.after ?? DEFAULT_REJOIN_AFTER_MS, () => {
        log.record('step:rejoin', { name: step.name, detail: step.id });
        join(step.id, { device: step.id, name: step.name });
      });
    const removedNow = (participantId?: string) => participantId !== undefined && participantId === rows.get(step.id);
    if (log.entries().some((e) => e.type === 'removed' && removedNow(e.participantId))) return attempt();
    const unsubscribe = log.subscribe((entry) => {
      if (entry.type !== 'removed' || !removedNow(entry.participantId)) return;
      unsubscribe();
      attempt();
    });
    unsubscribes.push(unsubscribe);
  }

  function run(step: Step) {
    const participantId = step.type === 'join' ? undefined : rowOf(step.id);
    log.record(`step:${step.type}`, { participantId, name: 'name' in step ? step.name : undefined });
    switch (step.type) {
      case 'join':
        return join(step.id, { id: step.id, name: step.name, role: step.role });
      case 'leave':
        return remote.leave(rowOf(step.id));
      case 'rename':
        return remote.rename(rowOf(step.id), step.to);
      case 'share-start':
        return remote.startShare(rowOf(step.id));
      case 'share-stop':
        return remote.stopShare(rowOf(step.id));
      case 'chat':
        return remote.chat(rowOf(step.id), step.text);
      case 'rejoin-after-removal':
        return armRejoin(step);
    }
  }

  function tick(dueAt: number, onFinished: () => void) {
    // Run at least the step this timer was set for, even if the clock says otherwise.
    const now = Math.max(Date.now() - startedAt, dueAt);
    while (index < ordered.length && ordered[index]!.at <= now) run(ordered[index++]!);
    const next = ordered[index];
    if (!next) return onFinished();
    later(Math.max(0, next.at - (Date.now() - startedAt)), () => tick(next.at, onFinished));
  }

  return {
    start(onFinished: () => void = () => undefined) {
      startedAt = Date.now();
      log.record('scenario-started', { detail: String(ordered.length) });
      tick(0, () => {
        log.record('scenario-finished');
        onFinished();
      });
    },
    stop() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
    },
  };
}

export type ScenarioPlayer = ReturnType<typeof createScenarioPlayer>;
