import { vi } from 'vitest';
import type { PracticeLogEntry } from '../../../practice/log';
import { mountPracticeMeeting, type PracticeMeeting } from '../../../practice/mount';
import type { MeetingEvent } from '../../../shared/model/meeting-event';
import type { MeetingAdapter } from '../../adapter';
import { waitFor } from '../../kit/wait-for';
import { practiceAdapter } from './adapter';

/*
 * Test-only (never imported by shipped code): mounts the practice meeting in the test document
 * and records what an adapter emits. Lint allows *.fixture.ts to import src/practice.
 */

export interface PracticePage {
  root: HTMLElement;
  remote: PracticeMeeting['remote'];
  log(): readonly PracticeLogEntry[];
  /** Clicks "Start scenario" once the script has loaded. */
  start(): Promise<void>;
  unmount(): void;
}

/** `steps` are served as a same-origin script (stubbed fetch) and wait for `start()`. */
export function mountPractice(query = 'delay=10', steps?: readonly object[]): PracticePage {
  const params = new URLSearchParams(query);
  if (steps) {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(steps)));
    params.set('script', '/fixture-script.json');
  }
  const root = document.createElement('div');
  document.body.append(root);
  const meeting = mountPracticeMeeting(root, params);
  return {
    root,
    remote: meeting.remote,
    log: () => window.__practiceLog ?? [],
    async start() {
      const button = await waitFor(
        () => document.querySelector<HTMLButtonElement>('#pm-start-scenario:not([disabled])'),
        'scenario loaded',
      );
      button.click();
    },
    unmount() {
      meeting.unmount();
      root.remove();
      vi.unstubAllGlobals();
    },
  };
}

type EventOf<K extends MeetingEvent['kind']> = Extract<MeetingEvent, { kind: K }>;
type Match<K extends MeetingEvent['kind']> = (event: EventOf<K>) => boolean;

/** A meeting where `id` has joined and is sharing (started through the drill bar). */
export async function mountWithSharer(id: string, query = 'delay=20'): Promise<PracticePage> {
  const page = mountPractice(query, [
    { type: 'join', id, name: `Sharer ${id}` },
    { type: 'share-start', id },
  ]);
  await page.start();
  await waitFor(() => document.querySelector(`#pm-share-view[data-participant-id="${id}"]`), 'share view');
  return page;
}

export interface Recorder {
  events: MeetingEvent[];
  signal: AbortSignal;
  /** Resolves with the first recorded event (past or future) that matches. */
  next<K extends MeetingEvent['kind']>(kind: K, match?: Match<K>, timeoutMs?: number): Promise<EventOf<K>>;
  /** Like `next`, but only events emitted after this call. */
  nextNew<K extends MeetingEvent['kind']>(kind: K, match?: Match<K>, timeoutMs?: number): Promise<EventOf<K>>;
  kinds(): string[];
  stop(): void;
}

/** Starts `adapter.start` and records every event it emits. */
export function record(adapter: MeetingAdapter = practiceAdapter): Recorder {
  const events: MeetingEvent[] = [];
  const waiters = new Set<(event: MeetingEvent) => void>();
  const controller = new AbortController();
  adapter.start(
    document,
    (event) => {
      events.push(event);
      for (const waiter of [...waiters]) waiter(event);
    },
    controller.signal,
  );
  function waitEvent<K extends MeetingEvent['kind']>(
    from: number,
    kind: K,
    match: Match<K> = () => true,
    timeoutMs = 2_000,
  ) {
    const fits = (event: MeetingEvent): event is EventOf<K> => event.kind === kind && match(event as EventOf<K>);
    const past = events.slice(from).find(fits);
    if (past) return Promise.resolve(past);
    return new Promise<EventOf<K>>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`no "${kind}" event within ${timeoutMs} ms; saw ${events.map((e) => e.kind).join(', ')}`));
      }, timeoutMs);
      const waiter = (event: MeetingEvent) => {
        if (!fits(event)) return;
        clearTimeout(timer);
        waiters.delete(waiter);
        resolve(event);
      };
      waiters.add(waiter);
    });
  }

  return {
    events,
    signal: controller.signal,
    next: (kind, match, timeoutMs) => waitEvent(0, kind, match, timeoutMs),
    nextNew: (kind, match, timeoutMs) => waitEvent(events.length, kind, match, timeoutMs),
    kinds: () => events.map((event) => event.kind),
    stop: () => controller.abort(),
  };
}

/** One macrotask: every pending render, observer delivery and adapter pass has run by then. */
export const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The host's "More options" button on a participant's row. */
export const moreOf = (id: string) =>
  `#pm-participants-list [data-participant-id="${id}"] button[aria-label="More options"]`;

export const $ = <E extends Element = HTMLElement>(selector: string) => document.querySelector<E>(selector);

/** Clicks the practice client's own controls, like the host would (for tests of the observer). */
export async function hostClicks(...steps: (string | ((doc: Document) => HTMLElement | null))[]): Promise<void> {
  for (const step of steps) {
    const find = typeof step === 'string' ? () => document.querySelector<HTMLElement>(step) : () => step(document);
    (await waitFor(find, typeof step === 'string' ? step : 'control')).click();
  }
}

export const menuItem = (label: string) => (doc: Document) =>
  [...doc.querySelectorAll<HTMLElement>('[role="menu"] [role^="menuitem"]')].find((i) => i.textContent === label) ??
  null;
export const dialogButton = (dialog: string, label: string) => (doc: Document) =>
  [...doc.querySelectorAll<HTMLElement>(`${dialog} button`)].find((b) => b.textContent === label) ?? null;
