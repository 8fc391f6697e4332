import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createReceiver } from '../../src/receiver/server';
import { openSqliteStore } from '../../src/receiver/store/sqlite-store';
import type { ReportStore, StoredReport } from '../../src/receiver/store/store';

export interface ReceiverOptions {
  /** Bearer token the outbox must send; a random one when omitted. */
  token?: string;
  /** After the commit, before the response: hold it (R5) or kill the client here (R1). */
  onStored?: (keys: string[]) => Promise<void> | void;
  /** Sees every request as it arrives (count POSTs, time an abort); must not read or answer it. */
  onRequest?: (req: IncomingMessage, res: ServerResponse) => void;
  /** Listen on this port (a receiver that comes back where it was); a random free one when omitted. */
  port?: number;
}

export interface RunningReceiver {
  /** `http://127.0.0.1:<random port>`: POST /v1/reports, PUT /v1/evidence/<sha256>, GET /desk. */
  url: string;
  token: string;
  store: ReportStore;
  /** Reports stored so far. */
  count(): Promise<number>;
  /** Every stored report, oldest first. */
  reports(): Promise<StoredReport[]>;
  /** Requests received and not yet answered (a client killed mid-request leaves one until it times out). */
  requestsInFlight(): number;
  close(): Promise<void>;
}

/**
 * The real receiver, in-process, on a temp SQLite file: e2e tests point the extension's outbox
 * at `url` and count what arrived. close() stops it and deletes the file.
 */
export async function startReceiver(options: ReceiverOptions = {}): Promise<RunningReceiver> {
  const token = options.token ?? randomBytes(16).toString('hex');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hostguard-receiver-'));
  const store = openSqliteStore(path.join(dir, 'reports.sqlite'));
  const receiver = createReceiver({ store, token, onStored: options.onStored });
  const { url } = await receiver.listen(options.port ?? 0, '127.0.0.1').catch(async (error: unknown) => {
    // A port still taken: give back the store and its folder before failing.
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  let inFlight = 0;
  receiver.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    res.once('close', () => inFlight--);
    options.onRequest?.(req, res);
  });
  return {
    url,
    token,
    store,
    count: async () => (await store.stats()).reports,
    reports: async () => (await store.listReports({ limit: 1_000_000 })).reverse(),
    requestsInFlight: () => inFlight,
    close: async () => {
      await receiver.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
