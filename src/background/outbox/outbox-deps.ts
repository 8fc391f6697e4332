import { OUTBOX } from './outbox-config';

/**
 * What the outbox takes from its surroundings, so tests (and the kill bench) can replace the
 * network, the clock, the dice and the timers. `startOutbox()` wires the real ones.
 */
export type ReadEvidence = (sha256: string) => Promise<{ mediaType: string; bytes: Uint8Array } | undefined>;

/** Named points where a worker can die; the kill tests freeze the old instance at one of them. */
export type FaultStep =
  | 'enqueue:before-commit'
  | 'enqueue:after-commit'
  | 'drain:start'
  | 'drain:before-mark-sending'
  | 'drain:after-mark-sending'
  | 'drain:before-ack-commit'
  | 'drain:after-ack-commit'
  | 'summary:before-write';

export interface OutboxDeps {
  fetch: typeof fetch;
  /** The evidence store's `readEvidenceBytes`; without it, attached evidence cannot be uploaded. */
  readEvidence: ReadEvidence | undefined;
  now: () => number;
  /** Uniform in [0, 1): the jitter source. */
  random: () => number;
  requestTimeoutMs: number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** Fault injection only (tests, bench); undefined in the product. */
  faultPoint: ((step: FaultStep) => void | Promise<void>) | undefined;
}

function defaults(): OutboxDeps {
  return {
    fetch: (input, init) => globalThis.fetch(input, init),
    readEvidence: undefined,
    now: () => Date.now(),
    random: () => Math.random(),
    requestTimeoutMs: OUTBOX.requestTimeoutMs,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    faultPoint: undefined,
  };
}

let current: OutboxDeps = defaults();

export function configureOutbox(overrides: Partial<OutboxDeps>): void {
  current = { ...current, ...overrides };
}

export function outboxDeps(): OutboxDeps {
  return current;
}

/** Awaits the fault point when one is installed; a no-op in the product. */
export async function faultPoint(step: FaultStep): Promise<void> {
  await current.faultPoint?.(step);
}
