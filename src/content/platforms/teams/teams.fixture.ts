import type { ReplicaControl, ReplicaOptions } from '../../../replicas/replica';
import { mountReplica } from '../../../replicas/teams/client';
import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { waitFor } from '../../kit/wait-for';
import { teamsAdapter } from './adapter';

/*
 * Test-only (never imported by shipped code): mounts the Teams replica in the test document and
 * records what the adapter emits. Lint allows *.fixture.ts to import src/replicas.
 */
export interface TeamsPage {
  replica: ReplicaControl;
  unmount(): void;
}

export function mountTeams(options: ReplicaOptions = {}): TeamsPage {
  const root = document.createElement('div');
  document.body.append(root);
  const replica = mountReplica(root, { delayMs: 10, ...options });
  return {
    replica,
    unmount() {
      replica.unmount();
      root.remove();
    },
  };
}

export interface Recorder {
  events: MeetingEvent[];
  /** The first recorded event of `kind` matching `test`, waiting for it if need be. */
  next<K extends MeetingEvent['kind']>(
    kind: K,
    test?: (event: Extract<MeetingEvent, { kind: K }>) => boolean,
    timeoutMs?: number,
  ): Promise<Extract<MeetingEvent, { kind: K }>>;
  stop(): void;
}

export function record(): Recorder {
  const events: MeetingEvent[] = [];
  const controller = new AbortController();
  teamsAdapter.start(document, (event) => events.push(event), controller.signal);
  return {
    events,
    async next(kind, test = () => true, timeoutMs = 3_000) {
      type E = Extract<MeetingEvent, { kind: typeof kind }>;
      const find = () => events.find((e): e is E => e.kind === kind && test(e as never)) ?? null;
      const end = Date.now() + timeoutMs;
      while (!find()) {
        if (Date.now() > end) throw new Error(`no ${kind}; saw ${events.map((e) => e.kind).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return find()! as never;
    },
    stop: () => controller.abort(),
  };
}

export const rosterShown = () =>
  waitFor(() => document.querySelector('[role="tree"] [data-tid^="participantsInCall-"]'), 'roster');

export const signal = () => AbortSignal.timeout(8_000);
