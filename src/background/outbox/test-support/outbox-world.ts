import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { DESTINATIONS_KEY, type DestinationSettings } from '../../../shared/model/destinations';
import type { FaultStep } from '../outbox-deps';
import { FakeReceiver, never, RECEIVER_BASE, RECEIVER_TOKEN } from './fake-receiver';
import { FakeEvidence } from './reports';

/** A listener list with `trigger`, for the APIs fake-browser leaves unmocked. */
function fakeEvent<T extends unknown[]>() {
  const listeners: ((...args: T) => void)[] = [];
  return {
    addListener: (listener: (...args: T) => void) => void listeners.push(listener),
    removeListener: (listener: (...args: T) => void) => void listeners.splice(listeners.indexOf(listener), 1),
    hasListener: (listener: (...args: T) => void) => listeners.includes(listener),
    trigger: (...args: T) => listeners.forEach((listener) => listener(...args)),
    clear: () => void listeners.splice(0),
  };
}

interface Timer {
  run: () => void;
  ms: number;
  owner: OutboxInstance;
}

export type OutboxModules = Awaited<ReturnType<typeof importOutbox>>;

async function importOutbox() {
  return {
    ...(await import('../start-outbox')),
    ...(await import('../enqueue')),
    ...(await import('../drain')),
    ...(await import('../outbox-deps')),
  };
}

/** One worker's copy of the outbox modules; `kill()` freezes it the way a dying worker stops. */
export interface OutboxInstance {
  outbox: OutboxModules;
  dead: boolean;
  /** The fault point at which this worker dies (settable after boot). */
  killAt: FaultStep | undefined;
  kill(): void;
}

/**
 * Everything outside the outbox: a fresh IndexedDB, the receiver, the evidence store, a clock,
 * timers run on demand, and the permission the browser granted. `boot()` starts a worker: the
 * outbox modules re-imported (nothing in memory survives), IndexedDB and storage kept.
 */
export class OutboxWorld {
  now = 1_767_225_600_000;
  randomValue = 0.5;
  granted = true;
  readonly receiver = new FakeReceiver();
  readonly evidence = new FakeEvidence();
  readonly timers: Timer[] = [];
  readonly permissionAdded = fakeEvent<[unknown]>();
  readonly contains = vi.fn(async (_: { origins: string[] }) => this.granted);

  constructor() {
    globalThis.indexedDB = new IDBFactory();
    Object.assign(fakeBrowser, { permissions: { contains: this.contains, onAdded: this.permissionAdded } });
  }

  configure(settings: DestinationSettings = { endpoint: { url: RECEIVER_BASE, token: RECEIVER_TOKEN } }) {
    return fakeBrowser.storage.local.set({ [DESTINATIONS_KEY]: settings });
  }

  /** Starts a worker; `killAt` freezes it at that fault point. */
  async boot(options: { killAt?: FaultStep; requestTimeoutMs?: number } = {}): Promise<OutboxInstance> {
    vi.resetModules();
    const outbox = await importOutbox();
    const instance: OutboxInstance = {
      outbox,
      dead: false,
      killAt: options.killAt,
      kill: () => {
        instance.dead = true;
        this.timers.splice(0, this.timers.length, ...this.timers.filter((t) => t.owner !== instance));
        // The browser forgets a dead worker's listeners; the next start registers them again.
        fakeBrowser.alarms.onAlarm.removeAllListeners();
        fakeBrowser.runtime.onStartup.removeAllListeners();
        fakeBrowser.storage.onChanged.removeAllListeners();
        this.permissionAdded.clear();
      },
    };
    const frozen = () => never();
    outbox.configureOutbox({
      fetch: (input, init) => (instance.dead ? frozen() : this.receiver.fetch(input, init)),
      readEvidence: this.evidence.read,
      now: () => this.now,
      random: () => this.randomValue,
      requestTimeoutMs: options.requestTimeoutMs ?? 500,
      setTimer: (run, ms) => {
        const timer = { run, ms, owner: instance };
        this.timers.push(timer);
        return timer;
      },
      clearTimer: (handle) => {
        const index = this.timers.indexOf(handle as Timer);
        if (index >= 0) this.timers.splice(index, 1);
      },
      faultPoint: (step) => {
        if (step === instance.killAt) instance.kill();
        return instance.dead ? frozen() : undefined;
      },
    });
    outbox.startOutbox();
    return instance;
  }

  /** Runs the timers that are due within `ms` of now (the batch window, a short retry). */
  runTimers(ms = Infinity): void {
    const due = this.timers.filter((timer) => timer.ms <= ms && !timer.owner.dead);
    this.timers.splice(0, this.timers.length, ...this.timers.filter((timer) => !due.includes(timer)));
    due.forEach((timer) => timer.run());
  }

  advance(ms: number): void {
    this.now += ms;
  }
}
