import { afterEach, describe, expect, it } from 'vitest';
import type { ActionId, ActionRequest } from '../../shared/model/action';
import type { MeetingEvent } from '../../shared/model/meeting-event';
import type { ActionHandler, MeetingAdapter } from '../adapter';

/** One client page, mounted in the test document, as a fixture gives it to the contract. */
export interface MountedClient {
  /** The page's roster holds at least this many participants when mounted. */
  minRoster: number;
  /** Makes exactly one new participant join, through the client's own means. */
  join(): Promise<void>;
  /** Readies the page for `action` (e.g. makes someone share) and returns the request to run. */
  prepare(action: ActionId): Promise<ActionRequest>;
  unmount(): void;
}

export interface AdapterFixture {
  name: string;
  /** [url, should match]: both real meeting URLs and look-alikes the adapter must refuse. */
  urls: readonly (readonly [string, boolean])[];
  mount(): Promise<MountedClient>;
}

/** Enough time for the page to render and the adapter's pass to run (one macrotask). */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The contract every adapter passes on its fixtures (ARCHITECTURE.md: conformance): URL
 * matching, health, roster, a join seen once, every declared action finding its controls, and
 * observation that really stops with its signal.
 */
export function runAdapterContract(adapter: MeetingAdapter, fixture: AdapterFixture): void {
  describe(`adapter contract: ${adapter.id} on ${fixture.name}`, () => {
    let page: MountedClient | undefined;
    let stop: (() => void) | undefined;
    afterEach(() => {
      stop?.();
      page?.unmount();
    });
    const observe = () => {
      const events: MeetingEvent[] = [];
      const controller = new AbortController();
      adapter.start((event) => events.push(event), controller.signal);
      stop = () => controller.abort();
      return events;
    };

    it.each(fixture.urls)('matches(%s) is %s', (url, expected) => {
      expect(adapter.matches(new URL(url))).toBe(expected);
    });

    it('probe() is healthy and title() reads the page', async () => {
      page = await fixture.mount();
      const health = adapter.probe(document);
      expect(health.ok, JSON.stringify(health.parts)).toBe(true);
      expect(adapter.title(document).length).toBeGreaterThan(0);
    });

    it('start() emits the roster first: unique ids, exactly one self', async () => {
      page = await fixture.mount();
      const events = observe();
      await settled();
      const first = events[0];
      if (first?.kind !== 'roster') throw new Error(`first event was ${first?.kind ?? 'nothing'}, not roster`);
      const ids = first.participants.map((p) => p.id);
      expect(ids.length).toBeGreaterThanOrEqual(page.minRoster);
      expect(new Set(ids).size).toBe(ids.length);
      expect(first.participants.filter((p) => p.self)).toHaveLength(1);
    });

    it('one join emits exactly one `joined`', async () => {
      page = await fixture.mount();
      const events = observe();
      await settled();
      await page.join();
      await settled();
      expect(events.filter((e) => e.kind === 'joined')).toHaveLength(1);
    });

    const declared = Object.keys(adapter.actions) as ActionId[];
    it.each(declared)('action %s finds its controls and succeeds', async (action) => {
      page = await fixture.mount();
      const request = await page.prepare(action);
      const handler = adapter.actions[action] as ActionHandler<ActionId>;
      const result = await handler(request as never, AbortSignal.timeout(8_000));
      expect(result.code, result.detail).not.toBe('control-missing');
      expect(result.ok, result.detail).toBe(true);
    });

    it('aborting start() disconnects its observer: nothing is emitted afterwards', async () => {
      page = await fixture.mount();
      const created: { disconnected: boolean }[] = [];
      const Original = globalThis.MutationObserver;
      globalThis.MutationObserver = class extends Original {
        readonly tracked = { disconnected: false };
        constructor(callback: MutationCallback) {
          super(callback);
          created.push(this.tracked);
        }
        override disconnect() {
          this.tracked.disconnected = true;
          super.disconnect();
        }
      };
      let events: MeetingEvent[];
      try {
        events = observe();
      } finally {
        globalThis.MutationObserver = Original;
      }
      await settled();
      stop?.();
      expect(created.length).toBeGreaterThan(0);
      expect(created.every((observer) => observer.disconnected)).toBe(true);
      const seen = events.length;
      await page.join();
      await settled();
      expect(events).toHaveLength(seen);
    });
  });
}
