import type { MeetingAdapter } from './adapter';
import { createEventBatcher } from './event-batcher';
import { createActionQueue } from './action-queue';
import { adapterId, clampedId, clampEvent } from './clamp-event';
import { pageLanguage } from './page-language';
import { envelope, createReceiver } from '../shared/protocol/channel';
import type { AnyMessage, Message } from '../shared/protocol/messages';
import type { SenderInfo, Self } from '../shared/protocol/sender';
import type { ActionId } from '../shared/model/action';
import type { Health } from '../shared/model/health';
import { LIMITS } from '../shared/protocol/limits';
import type { SafeView } from './safe-view/safe-view';
import type { FrameSampler } from './image-check/frame-sampler';

/** What watches the page beside the adapter's events: safe view and the image check's sampler. */
export interface PageGuards {
  safeView?: SafeView;
  /** Built with the bridge's way to send a frame (adapter id, JPEG data URL). */
  sampler?: (send: (participantId: string, frame: string) => Promise<unknown>) => FrameSampler;
}

export interface BridgeTransport {
  send(message: AnyMessage): Promise<unknown>;
  listen(receiver: (raw: unknown, sender: SenderInfo) => Promise<unknown> | undefined): () => void;
  self(): Self;
}

const HEALTH_EVERY_MS = 1_000;

/**
 * Connects one adapter to the background: says hello, streams what the adapter sees, and runs
 * the background's action requests one at a time (two menus open at once would fight).
 */
export function startBridge(
  adapter: MeetingAdapter,
  transport: BridgeTransport,
  signal: AbortSignal,
  doc: Document = document,
  guards: PageGuards = {},
): void {
  const pageId = crypto.randomUUID();
  const { safeView } = guards;
  const sampler = guards.sampler?.((participantId, frame) =>
    transport.send(envelope('content-bg/frame', { pageId, participantId: clampedId(participantId), frame })),
  );
  signal.addEventListener('abort', () => sampler?.dispose(), { once: true });
  const batcher = createEventBatcher(async (events) => {
    const reply = await transport.send(envelope('content-bg/events', { pageId, events }));
    // The background lost this page (e.g. its storage was cleared): introduce ourselves again.
    if (isHelloNeeded(reply)) introduce();
  });
  let observing = new AbortController();
  const startObserving = () => {
    observing.abort();
    observing = new AbortController();
    const child = AbortSignal.any([signal, observing.signal]);
    adapter.start(
      doc,
      (event) => {
        // Same callback, same task: a suspicious share is hidden before the page paints it.
        safeView?.observe(event);
        sampler?.observe(event);
        batcher.push(clampEvent(event));
      },
      child,
    );
  };

  const introduce = () => {
    const hello: Message<'content-bg/hello'> = envelope('content-bg/hello', {
      pageId,
      platform: adapter.id,
      title: adapter.title(doc).slice(0, LIMITS.title),
      health: adapter.probe(doc),
      capabilities: Object.keys(adapter.actions) as ActionId[],
      settings: [...adapter.settings],
      language: pageLanguage(adapter, doc),
    });
    batcher.clear();
    batcher.sendInOrder(() => transport.send(hello));
    startObserving();
    return hello;
  };
  const hello = introduce();
  watchHealth(adapter, doc, hello.health, (health) => batcher.push({ kind: 'health', at: Date.now(), health }), signal);

  const actions = createActionQueue(adapter, signal, doc);
  const stopListening = transport.listen(
    createReceiver(
      ['bg-content'],
      {
        // Ids were shortened on the way out (clamp-event.ts); the adapter knows the long ones.
        'bg-content/act': ({ request }) =>
          actions.run(
            'participantId' in request ? { ...request, participantId: adapterId(request.participantId) } : request,
          ),
        'bg-content/safe-view': async ({ participantId, blur }) => {
          safeView?.verdict(adapterId(participantId), blur);
          return { ok: true };
        },
        'bg-content/resync': async () => {
          batcher.clear();
          startObserving();
          return { ok: true };
        },
      },
      transport.self,
      () => undefined,
    ),
  );
  signal.addEventListener('abort', stopListening, { once: true });
}

function isHelloNeeded(reply: unknown): boolean {
  return typeof reply === 'object' && reply !== null && (reply as { reason?: unknown }).reason === 'hello-needed';
}

function watchHealth(
  adapter: MeetingAdapter,
  doc: Document,
  initial: Health,
  report: (h: Health) => void,
  signal: AbortSignal,
) {
  let last = JSON.stringify(initial.parts);
  const timer = setInterval(() => {
    const health = adapter.probe(doc);
    const parts = JSON.stringify(health.parts);
    if (parts !== last) {
      last = parts;
      report(health);
    }
  }, HEALTH_EVERY_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
