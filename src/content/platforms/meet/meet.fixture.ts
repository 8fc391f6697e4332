import type { ReplicaControl } from '../../../replicas/replica';
import { mountMeetReplica, type MeetReplicaOptions } from '../../../replicas/meet/client';

/** The Meet replica mounted into the test document, for the adapter's tests. */
export interface MeetPage {
  control: ReplicaControl;
  /** The replica's id of the participant shown as `name`. */
  idOf(name: string): string;
  unmount(): void;
}

export function mountMeet(options: MeetReplicaOptions = {}): MeetPage {
  const root = document.createElement('div');
  document.body.append(root);
  const control = mountMeetReplica(root, { delayMs: 5, ...options });
  return {
    control,
    idOf(name) {
      const found = control.state().participants.find((p) => p.name === name);
      if (!found) throw new Error(`no participant named ${name}`);
      return found.id;
    },
    unmount() {
      control.unmount();
      document.body.replaceChildren();
    },
  };
}

export const settle = (ms = 10) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` (events arrive after the adapter's own observer pass, not on a DOM change). */
export async function eventually<T>(
  check: () => T | null | undefined | false,
  what: string,
  timeoutMs = 1500,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
}
