import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpError } from './http/http-error';
import { sendError } from './http/respond';
import type { ReceiverDeps } from './routes/context';
import { matchRoute } from './routes/route-table';
import type { ReportStore } from './store/store';

export interface ReceiverOptions {
  store: ReportStore;
  /** The bearer token clients send, and the desk's password. */
  token: string;
  /**
   * Test hook: called with the keys a POST /v1/reports stored, after the commit and before the
   * response is written (hold the response, or kill the client, right after the commit).
   */
  onStored?: (keys: string[]) => Promise<void> | void;
}

export interface Receiver {
  server: Server;
  /** Resolves once listening; port 0 picks a free port. */
  listen(port: number, host?: string): Promise<{ url: string; port: number; host: string }>;
  /** Stops accepting, waits for requests in flight, then closes the store. */
  close(): Promise<void>;
}

/** Whole-request limits: a slow or stuck client is cut off long before the client's 25 s timeout. */
const TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 15_000, keepAliveTimeout: 5_000 };

export function createReceiver(options: ReceiverOptions): Receiver {
  if (!options.token) throw new Error('createReceiver needs a token');
  const deps: ReceiverDeps = { store: options.store, token: options.token, onStored: options.onStored };
  const server = createServer({ ...TIMEOUTS }, (req, res) => void handle(req, res, deps));
  server.keepAliveTimeout = TIMEOUTS.keepAliveTimeout;
  let closing: Promise<void> | undefined;
  let inFlight = 0;
  server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => inFlight--);
  });
  const stop = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Let requests in flight finish (bounded), then drop the connections that only wait: keep-alive
    // sockets and ones a client opened but never used would otherwise hold close() for seconds.
    const deadline = Date.now() + TIMEOUTS.requestTimeout;
    while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    server.closeAllConnections();
    await closed;
    await options.store.close();
  };
  return {
    server,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve({ url: `http://${shown}:${address.port}`, port: address.port, host: address.address });
        });
      }),
    close: () => (closing ??= stop()),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, deps: ReceiverDeps): Promise<void> {
  // A client that vanishes mid-body emits 'error'; read-body.ts reports it, the process must not crash.
  req.on('error', () => undefined);
  const receivedAt = Date.now();
  const url = new URL(req.url ?? '/', 'http://receiver.invalid');
  const match = matchRoute(req.method ?? 'GET', url.pathname);
  try {
    if (!match) throw new HttpError(404, `No such route: ${url.pathname.slice(0, 200)}`);
    if ('allowed' in match) {
      throw new HttpError(405, `${req.method} is not allowed here; use ${match.allowed.join(', ')}.`, {
        allow: match.allowed.join(', '),
      });
    }
    await match.handler({ req, res, url, params: match.params, receivedAt, deps });
  } catch (error) {
    if (error instanceof HttpError) {
      sendError(res, error.status, error.message, error.headers);
      return;
    }
    console.error('hostguard receiver: request failed:', error);
    sendError(res, 500, 'The receiver failed. Retry with the same idempotency keys: no report is ever stored twice.');
  }
}
