import type { BrowserContext, CDPSession, Page } from '@playwright/test';

const MB = 1024 * 1024;
const round1 = (x: number) => Math.round(x * 10) / 10;

type HeapUsage = { usedSize: number; totalSize: number };

/**
 * The meeting page's JS heap (CDP `Runtime.getHeapUsage`): the renderer's V8 isolate, which
 * holds the page's own scripts and the content script's isolated world alike. Precise, unlike
 * `performance.memory`, which Chromium rounds unless launched with --enable-precise-memory-info.
 */
export async function pageHeapMB(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as HeapUsage;
    return round1(usedSize / MB);
  } finally {
    await cdp.detach();
  }
}

/**
 * The extension service worker's JS heap. Playwright opens CDP sessions on pages only, and a
 * persistent context has no browser session, so this attaches to the worker's target through a
 * page's session (non-flat `Target.attachToTarget`) and sends one `Runtime.getHeapUsage`.
 * Undefined when the worker target is not found or does not answer within `timeoutMs`.
 */
export async function workerHeapMB(context: BrowserContext, viaPage: Page, timeoutMs = 5_000): Promise<number | undefined> {
  const cdp = await context.newCDPSession(viaPage);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string; targetId: string }[] };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!worker) return undefined;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    const usage = await askTarget<HeapUsage>(cdp, sessionId, 'Runtime.getHeapUsage', timeoutMs);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return usage ? round1(usage.usedSize / MB) : undefined;
  } finally {
    await cdp.detach();
  }
}

/** One command to an attached (non-flat) target, answered through `receivedMessageFromTarget`. */
function askTarget<T>(cdp: CDPSession, sessionId: string, method: string, timeoutMs: number): Promise<T | undefined> {
  const id = 1;
  return new Promise<T | undefined>((resolve) => {
    const timer = setTimeout(() => done(undefined), timeoutMs);
    const listener = (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const reply = JSON.parse(event.message) as { id?: number; result?: T };
      if (reply.id === id) done(reply.result);
    };
    const done = (value: T | undefined) => {
      clearTimeout(timer);
      cdp.off('Target.receivedMessageFromTarget', listener);
      resolve(value);
    };
    cdp.on('Target.receivedMessageFromTarget', listener);
    void cdp
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
      .catch(() => done(undefined));
  });
}
