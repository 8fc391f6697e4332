import { startBridge } from './bridge';
import { adapterFor } from './platforms/registry';
import { runtimeTransport } from './runtime-transport';

/**
 * Starts Hostguard on a meeting page, if an adapter knows it. Used by the content script and by
 * the drill page (the practice meeting opened as an extension page), so both run the same code.
 */
export function startMeetingPage(url: URL): AbortController | undefined {
  const adapter = adapterFor(url);
  if (!adapter) return undefined;
  const controller = new AbortController();
  startBridge(
    adapter,
    runtimeTransport(() => controller.abort()),
    controller.signal,
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
