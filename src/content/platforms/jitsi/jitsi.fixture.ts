import type { ReplicaControl, ReplicaOptions } from '../../../replicas/replica';
import { mountReplica } from '../../../replicas/jitsi/client';

/**
 * The Jitsi replica (src/replicas/jitsi) mounted in the test document, for the adapter's tests
 * and its conformance fixture. The adapter only ever sees the DOM; tests script remote people
 * through `replica` and read the client's model back from `replica.state()`.
 */
export interface JitsiPage {
  replica: ReplicaControl;
  /** The replica's (and the page's) endpoint id of the participant shown as `name`. */
  idOf(name: string): string;
  unmount(): void;
}

export function mountJitsi(options: ReplicaOptions = {}): JitsiPage {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  const replica = mountReplica(root, { delayMs: 20, ...options });
  return {
    replica,
    idOf(name) {
      const found = replica.state().participants.find((p) => p.name === name);
      if (!found) throw new Error(`no participant named ${name}`);
      return found.id;
    },
    unmount() {
      replica.unmount();
      document.body.replaceChildren();
    },
  };
}

export const settle = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it holds (events arrive in microtasks, not as DOM mutations). */
export async function eventually(check: () => boolean, what: string, timeoutMs = 1500): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await settle(10);
  }
}
