/*
 * Bundled into a replica's page by the bench (never shipped): the same adapter code the content
 * script runs, driven directly in the page with no extension around it (no messages, no
 * background, no storage). Two probes:
 * - `floor`: the platform's panic steps (stop the sharer's share, then suspend or the panic
 *   settings), timed from the first click to the last verified read: the page's own floor.
 * - `cost`: every observer pass of the adapter, timed, while the bench churns a big roster.
 */
import { ADAPTERS } from '../../../src/content/platforms/registry';
import type { MeetingEvent } from '../../../src/shared/model/meeting-event';
import { PANIC_SETTINGS, SETTING_KEYS } from '../../../src/shared/model/settings';

const now = () => performance.timeOrigin + performance.now();
const adapterOf = (platform: string) => ADAPTERS.find((adapter) => adapter.id === platform)!;

function observe(platform: string) {
  const events: MeetingEvent[] = [];
  const controller = new AbortController();
  adapterOf(platform).start(document, (event) => events.push(event), controller.signal);
  return { events, stop: () => controller.abort() };
}

async function until<T>(check: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('floor: timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function floor(platform: string, sharerName: string) {
  const adapter = adapterOf(platform);
  const seen = observe(platform);
  const sharer = await until(() => {
    for (const event of seen.events) {
      if (event.kind === 'roster') {
        const found = event.participants.find((p) => p.name === sharerName);
        if (found) return found.id;
      }
      if (event.kind === 'joined' && event.participant.name === sharerName) return event.participant.id;
    }
    return undefined;
  });
  const signal = AbortSignal.timeout(20_000);
  const t0 = now();
  const stopped = await adapter.actions['stop-share']!({ id: 'stop-share', participantId: sharer }, signal);
  const shareStopped = now();
  const changes = Object.fromEntries(SETTING_KEYS.filter((k) => adapter.settings.includes(k)).map((k) => [k, PANIC_SETTINGS[k]]));
  const closed = adapter.actions.suspend
    ? await adapter.actions.suspend({ id: 'suspend' }, signal)
    : await adapter.actions['set-settings']!({ id: 'set-settings', changes }, signal);
  seen.stop();
  return { t0, shareStopped, contained: now(), ok: stopped.ok && closed.ok };
}

/** Times each observer pass: a MutationObserver callback plus the microtasks it queues. */
function cost(platform: string) {
  const batches: number[] = [];
  const Original = window.MutationObserver;
  window.MutationObserver = class extends Original {
    constructor(callback: MutationCallback) {
      super((records, observer) => {
        const started = performance.now();
        callback(records, observer);
        queueMicrotask(() => queueMicrotask(() => batches.push(performance.now() - started)));
      });
    }
  };
  // Kept until stop: an adapter may create its observer once it has opened the roster.
  const seen = observe(platform);
  return {
    batches,
    stop() {
      seen.stop();
      window.MutationObserver = Original;
    },
  };
}

Object.assign(window, { __benchFloor: floor, __benchCost: cost });
