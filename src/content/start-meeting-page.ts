import { startBridge } from './bridge';
import { adapterFor } from './platforms/registry';
import { runtimeTransport } from './runtime-transport';
import type { MeetingAdapter } from './adapter';
import type { SafeViewSettings } from '../shared/model/shield';
import { createSafeView } from './safe-view/safe-view';
import { createFrameSampler } from './image-check/frame-sampler';
import { sampleShareFrame } from './kit/share-frames';
import type { PageGuards } from './bridge';
import { watchSafeViewSettings } from './safe-view/safe-view-settings';
import { coverText } from './safe-view/cover-text';

/**
 * Starts Hostguard on a meeting page, if an adapter knows it. Used by the content script and by
 * the drill page (the practice meeting opened as an extension page), so both run the same code.
 */
export function startMeetingPage(url: URL): AbortController | undefined {
  const adapter = adapterFor(url);
  if (!adapter) return undefined;
  const controller = new AbortController();
  // A matching frame may not hold the meeting (Zoom's web shell around its meeting iframe, a
  // lobby): start once the client itself renders here, never in a frame that lacks it.
  const settings = watchSafeViewSettings(controller.signal);
  whenPresent(adapter, document, controller.signal, () =>
    startBridge(
      adapter,
      runtimeTransport(() => controller.abort()),
      controller.signal,
      document,
      guardsFor(adapter, document, settings, controller.signal),
    ),
  );
  // Only the browser may end it: a page script can dispatch a synthetic `pagehide` to switch
  // Hostguard off mid-raid, so untrusted events are ignored.
  addEventListener(
    'pagehide',
    (event) => {
      if (event.isTrusted) controller.abort();
    },
    { signal: controller.signal },
  );
  // A page restored from the back/forward cache is a new visit: introduce it again.
  const restart = (event: PageTransitionEvent) => {
    if (!event.isTrusted || !event.persisted) return;
    removeEventListener('pageshow', restart);
    startMeetingPage(url);
  };
  addEventListener('pageshow', restart);
  return controller;
}

/** Runs `start` once `adapter.present(doc)`, re-checking on DOM changes until `signal` aborts. */
export function whenPresent(adapter: MeetingAdapter, doc: Document, signal: AbortSignal, start: () => void): void {
  if (adapter.present(doc)) return start();
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    // Coalesced: a client rendering thousands of nodes costs one check per frame, not one per node.
    requestAnimationFrame(() => {
      scheduled = false;
      if (signal.aborted || !adapter.present(doc)) return;
      observer.disconnect();
      start();
    });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** Safe view and the image check, where the adapter knows where its client renders shares. */
function guardsFor(
  adapter: MeetingAdapter,
  doc: Document,
  settings: () => SafeViewSettings,
  signal: AbortSignal,
): PageGuards {
  const surface = adapter.shareSurface?.bind(adapter);
  if (!surface) return {};
  const safeView = createSafeView({ surface: () => surface(doc), settings, text: coverText });
  signal.addEventListener('abort', () => safeView.dispose(), { once: true });
  const sampler = (send: (participantId: string, frame: string) => Promise<unknown>) =>
    createFrameSampler({ surface: () => surface(doc), grab: sampleShareFrame, send });
  return { safeView, sampler };
}
