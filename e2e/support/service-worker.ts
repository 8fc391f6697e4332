import type { BrowserContext, CDPSession, Worker } from '@playwright/test';

/**
 * Controls the extension's MV3 service worker through CDP (reliability-security.md §6.1).
 *
 * Measured with Playwright 1.65 + Chromium 156: after a stop and restart Playwright keeps the same
 * `Worker` object and it works again (playwright#39475 is fixed), but `evaluate` on a *stopped*
 * worker hangs until something restarts it. So `worker()` starts it first when it is not running.
 */
export interface ServiceWorkerControl {
  isRunning(): Promise<boolean>;
  /**
   * Stops the worker (closes its CDP target) and returns once it is verified stopped: no worker
   * is running, or the running one is a new instance (something already woke it again).
   */
  stop(): Promise<void>;
  /** Starts the worker (as a browser event would) and returns once its target is up. */
  start(): Promise<void>;
  /** Waits for the worker to be running again, e.g. woken by a shortcut or a message. */
  waitUntilRunning(timeoutMs?: number): Promise<void>;
  /** A usable handle to the running worker; starts it if it is stopped. */
  worker(): Promise<Worker>;
}

const POLL_MS = 25;
const STOP_MARK = '__e2eStopMark';
type MarkedGlobal = typeof globalThis & { [STOP_MARK]?: boolean };

/** True when the running worker is a new instance (it lacks the mark set before the stop). */
async function isFreshInstance(worker: Worker): Promise<boolean> {
  // evaluate() on a worker that just stopped hangs until it restarts: give up quickly and poll again.
  const marked = worker.evaluate((mark) => (globalThis as MarkedGlobal)[mark as typeof STOP_MARK] === true, STOP_MARK);
  const tooSlow = new Promise<'slow'>((resolve) => setTimeout(resolve, 250, 'slow'));
  const result = await Promise.race([marked.catch(() => 'slow' as const), tooSlow]);
  return result === false;
}

export function serviceWorkerControl(context: BrowserContext, extensionId: string): ServiceWorkerControl {
  const origin = `chrome-extension://${extensionId}/`;
  const browserSession = lazy(() => {
    const browser = context.browser();
    if (!browser) throw new Error('No browser behind this context: cannot open a browser CDP session.');
    return browser.newBrowserCDPSession();
  });
  const workerTargets = async () =>
    (await (await browserSession()).send('Target.getTargets')).targetInfos.filter(
      (target) => target.type === 'service_worker' && target.url.startsWith(origin),
    );
  const isRunning = async () => (await workerTargets()).length > 0;
  const until = (want: boolean, what: string, timeoutMs = 5_000) =>
    waitFor(async () => (await isRunning()) === want, `service worker ${what}`, timeoutMs);

  const control: ServiceWorkerControl = {
    isRunning,
    async stop() {
      if (!(await isRunning())) return;
      // Mark this instance: a meeting page's message may restart the worker at once (a raid
      // sends events all the time), so "no worker target" alone is not a reliable signal.
      const worker = await control.worker();
      await worker.evaluate((mark) => void ((globalThis as MarkedGlobal)[mark as typeof STOP_MARK] = true), STOP_MARK);
      const session = await browserSession();
      for (const target of await workerTargets())
        await session.send('Target.closeTarget', { targetId: target.targetId });
      await waitFor(
        async () => !(await isRunning()) || (await isFreshInstance(worker)),
        'service worker to stop',
        5_000,
      );
    },
    async start() {
      if (await isRunning()) return;
      // The ServiceWorker domain lives on page sessions only, not on the browser session.
      const session = await pageSession(context);
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.startWorker', { scopeURL: origin });
      await until(true, 'to start');
    },
    waitUntilRunning: (timeoutMs) => until(true, 'to run', timeoutMs),
    async worker() {
      await control.start();
      return (
        context.serviceWorkers().find((w) => w.url().startsWith(origin)) ??
        (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(origin) }))
      );
    },
  };
  return control;
}

/** A CDP session on some page of the context; made again if that page has closed. */
const pageSessions = new WeakMap<BrowserContext, { session: CDPSession; closed: () => boolean }>();
async function pageSession(context: BrowserContext): Promise<CDPSession> {
  const cached = pageSessions.get(context);
  if (cached && !cached.closed()) return cached.session;
  const page = context.pages().find((p) => !p.isClosed()) ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  pageSessions.set(context, { session, closed: () => page.isClosed() });
  return session;
}

function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
