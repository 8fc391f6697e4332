import { browser, isExtensionAlive, selfIdentity } from '../shared/platform/browser';
import type { BridgeTransport } from './bridge';

/**
 * The bridge's link to the background over runtime messaging. When the extension is reloaded
 * under a running page, sends fail for good: `onOrphaned` stops the adapter.
 */
export function runtimeTransport(onOrphaned: () => void): BridgeTransport {
  return {
    send: async (message) => {
      if (!isExtensionAlive()) {
        onOrphaned();
        throw new Error('extension context invalidated');
      }
      return browser.runtime.sendMessage(message);
    },
    listen: (receiver) => {
      const listener = (raw: unknown, sender: Parameters<typeof receiver>[1]) => receiver(raw, sender);
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    self: selfIdentity,
  };
}
