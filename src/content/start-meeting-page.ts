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
  const transport = runtimeTransport(() => controller.abort());
  addEventListener('pagehide', () => controller.abort(), { once: true });
  startBridge(adapter, transport, controller.signal);
  return controller;
}
