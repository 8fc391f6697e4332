import { afterEach, describe, expect, it } from 'vitest';
import type { ActionId, ActionRequest } from '../../shared/model/action';
import type { MeetingEvent } from '../../shared/model/meeting-event';
import type { Role } from '../../shared/model/participant';
import { SETTING_KEYS } from '../../shared/model/settings';
import type { ActionHandler, MeetingAdapter } from '../adapter';
import { clampEvent } from '../clamp-event';
import { trackObservers } from './track-observers';
import { createSafeView } from '../safe-view/safe-view';

/** One client page, mounted in the test document, as a fixture gives it to the contract. */
export interface MountedClient {
  /** The document the meeting client renders into. */
  doc: Document;
  /** Who the page shows at mount (host + at least 3), as its roster would list them. */
  roster: readonly { name: string; role: Role; self: boolean }[];
  /** A new participant joins, through the client's own means. */
  join(name: string): Promise<void>;
  rename(name: string, to: string): Promise<void>;
  /** The participant shown as `name` starts sharing their screen. */
  share(name: string): Promise<void>;
  /** Readies the page for `action` (someone sharing, say) and returns the request to run. */
  prepare(action: ActionId, idOf: (name: string) => string): Promise<ActionRequest>;
  /** Read from the client's own model after the action: did the action really take effect? */
  happened(request: ActionRequest): boolean;
  /** Removes the parts the adapter requires, as a client that changed its page would. */
  strip(): void;
  unmount(): void;
}

export interface AdapterFixture {
  name: string;
  /** [url, should match]: real meeting URLs and look-alikes the adapter must refuse. */
  urls: readonly (readonly [string, boolean])[];
  /** `inert`: the host's controls render and open but change nothing (the do-nothing tier). */
  mount(options: { inert: boolean }): Promise<MountedClient>;
}

/** Enough time for the page to render and the adapter's pass to run. */
const settled = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Every action must end, ok or not, within this (the queue's own deadline is 8 s). */
const ACTION_DEADLINE_MS = 8_000;

/**
 * The contract every adapter passes on its fixtures (ARCHITECTURE.md: conformance).
 * - static: URL matching, health (and its failure on a stripped page), the roster parsed exactly,
 *   one event per change;
 * - interactive: every declared action finds its controls, and the client's model confirms it;
 * - do-nothing: controls that render but do nothing make every action end `ok: false` in time;
 * - abort: every observer and listener is gone after the signal.
 */
export function runAdapterContract(adapter: MeetingAdapter, fixture: AdapterFixture): void {
  describe(`adapter contract: ${adapter.id} on ${fixture.name}`, () => {
    let page: MountedClient | undefined;
    let stop: (() => void) | undefined;
    afterEach(() => {
      stop?.();
      stop = undefined;
      page?.unmount();
      page = undefined;
    });
    const observe = (doc: Document) => {
      const events: MeetingEvent[] = [];
      const controller = new AbortController();
      adapter.start(doc, (event) => events.push(clampEvent(event)), controller.signal);
      stop = () => controller.abort();
      return events;
    };
    const rosterOf = async (events: MeetingEvent[]) => {
      for (let i = 0; i < 100 && !events.some((e) => e.kind === 'roster'); i++) await settled(20);
      const roster = events.find((e) => e.kind === 'roster');
      if (roster?.kind !== 'roster') throw new Error(`no roster event; saw ${events.map((e) => e.kind).join()}`);
      return roster.participants;
    };
    const until = async (events: MeetingEvent[], test: (e: MeetingEvent) => boolean) => {
      for (let i = 0; i < 100 && !events.some(test); i++) await settled(20);
    };

    it.each(fixture.urls)('matches(%s) is %s', (url, expected) => {
      expect(adapter.matches(new URL(url))).toBe(expected);
    });

    it('declares its match patterns, languages and settings', () => {
      // Real clients are localised; the practice meeting is English only.
      expect(adapter.languages).toEqual(expect.arrayContaining(adapter.id === 'practice' ? ['en'] : ['en', 'fr']));
      for (const key of adapter.settings) expect(SETTING_KEYS).toContain(key);
      if (adapter.settings.length > 0) expect(Object.keys(adapter.actions)).toContain('set-settings');
    });

    it('is present and healthy on the client, and says so when its parts are stripped', async () => {
      page = await fixture.mount({ inert: false });
      expect(adapter.present(page.doc)).toBe(true);
      const health = adapter.probe(page.doc);
      expect(health.ok, JSON.stringify(health.parts)).toBe(true);
      expect(adapter.title(page.doc).length).toBeGreaterThan(0);
      page.strip();
      const stripped = adapter.probe(page.doc);
      expect(stripped.ok, JSON.stringify(stripped.parts)).toBe(false);
    });

    it('start() emits the roster first, exactly as the page shows it', async () => {
      page = await fixture.mount({ inert: false });
      const events = observe(page.doc);
      const participants = await rosterOf(events);
      expect(events[0]?.kind).toBe('roster');
      const ids = participants.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      const seen = participants.map(({ name, role, self }) => ({ name, role, self }));
      expect(seen).toEqual(expect.arrayContaining(page.roster.map((p) => expect.objectContaining(p))));
      expect(seen).toHaveLength(page.roster.length);
    });

    it('one join, one rename and one share each emit exactly one event', async () => {
      page = await fixture.mount({ inert: false });
      const events = observe(page.doc);
      await rosterOf(events);
      await page.join('Contract Joiner');
      await until(events, (e) => e.kind === 'joined');
      await page.rename('Contract Joiner', 'Contract Renamed');
      await until(events, (e) => e.kind === 'renamed');
      await page.share('Contract Renamed');
      await until(events, (e) => e.kind === 'share-started');
      await settled(50);
      const joined = events.filter((e) => e.kind === 'joined');
      expect(joined).toHaveLength(1);
      const id = joined[0]?.kind === 'joined' ? joined[0].participant.id : '';
      expect(events.filter((e) => e.kind === 'left')).toHaveLength(0);
      expect(events.filter((e) => e.kind === 'renamed')).toEqual([
        expect.objectContaining({ participantId: id, from: 'Contract Joiner', to: 'Contract Renamed' }),
      ]);
      expect(events.filter((e) => e.kind === 'share-started')).toEqual([
        expect.objectContaining({ participantId: id }),
      ]);
    });

    it('safe view: the share surface it declares is blurred in the very callback that reports the share', async () => {
      expect(adapter.shareSurface, `${adapter.id} declares where its client renders shares`).toBeDefined();
      page = await fixture.mount({ inert: false });
      const doc = page.doc;
      const view = createSafeView({
        surface: () => adapter.shareSurface!(doc),
        settings: () => ({ enabled: true, allNonHostShares: false }),
        text: () => ({ title: 'Hidden', detail: '', reveal: 'Reveal' }),
      });
      let blurredWhenReported: boolean | undefined;
      const controller = new AbortController();
      stop = () => {
        controller.abort();
        view.dispose();
      };
      adapter.start(
        doc,
        (event) => {
          view.observe(event);
          if (event.kind === 'share-started') {
            blurredWhenReported = adapter.shareSurface!(doc)?.style.getPropertyValue('filter').includes('blur');
          }
        },
        controller.signal,
      );
      for (let i = 0; i < 100 && !doc.querySelector('*'); i++) await settled(20);
      await settled(100);
      await page.join('Contract Sharer');
      await settled(100);
      await page.share('Contract Sharer');
      for (let i = 0; i < 100 && blurredWhenReported === undefined; i++) await settled(20);
      expect(blurredWhenReported).toBe(true);
    });

    const declared = Object.keys(adapter.actions) as ActionId[];
    const run = async (action: ActionId, inert: boolean) => {
      page = await fixture.mount({ inert });
      const events = observe(page.doc);
      const roster = await rosterOf(events);
      const idOf = (name: string) => {
        const found = roster.find((p) => p.name === name) ?? adapterIdAfterJoin(events, name);
        if (!found) throw new Error(`no participant named ${name}`);
        return found.id;
      };
      const request = await page.prepare(action, idOf);
      const handler = adapter.actions[action] as ActionHandler<ActionId>;
      const started = performance.now();
      const result = await handler(request as never, AbortSignal.timeout(ACTION_DEADLINE_MS), page.doc);
      return { result, request, ms: performance.now() - started };
    };

    it.each(declared)('interactive: %s finds its controls and the client confirms it', async (action) => {
      const { result, request } = await run(action, false);
      expect(result.code, result.detail).not.toBe('control-missing');
      expect(result.ok, result.detail).toBe(true);
      expect(page!.happened(request), `the client's model after ${action}`).toBe(true);
    });

    it.each(declared.filter((a) => a !== 'report'))(
      'do-nothing: %s ends ok:false with a clear code when the controls do nothing',
      async (action) => {
        const { result, ms } = await run(action, true);
        expect(result.ok, result.detail).toBe(false);
        expect(['not-verified', 'control-missing', 'target-missing']).toContain(result.code);
        expect(result.detail.length).toBeGreaterThan(0);
        expect(ms).toBeLessThan(ACTION_DEADLINE_MS);
      },
      ACTION_DEADLINE_MS + 2_000,
    );

    it('aborting start() removes every observer and listener: nothing is emitted afterwards', async () => {
      page = await fixture.mount({ inert: false });
      const tracked = trackObservers();
      let events: MeetingEvent[];
      try {
        events = observe(page.doc);
      } finally {
        tracked.restore();
      }
      await rosterOf(events);
      stop?.();
      expect(tracked.created.length).toBeGreaterThan(0);
      expect(tracked.created.every((observer) => observer.disconnected)).toBe(true);
      expect(tracked.listeners()).toBe(0);
      const seen = events.length;
      await page.join('After Abort');
      await settled(50);
      expect(events).toHaveLength(seen);
    });
  });
}

function adapterIdAfterJoin(events: MeetingEvent[], name: string) {
  for (const event of events) if (event.kind === 'joined' && event.participant.name === name) return event.participant;
  return undefined;
}
