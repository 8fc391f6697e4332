import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createReceiver } from '../../src/receiver/server';
import { openStore } from '../../src/receiver/store/open-store';
import type { StoreKind } from '../../src/receiver/store/store';
import { postBatch, putBlob } from '../../src/receiver/testing/http-client';
import { buildReport, type BuiltReport } from '../../src/receiver/testing/make-report';
import { freshPostgresDatabase, postgresUnavailable } from '../../src/receiver/testing/postgres-database';

/**
 * Receiver ingest rate over HTTP, the way the outbox sends: per report, two JSON snapshots and
 * two small JPEG-like frames PUT to /v1/evidence, then one POST /v1/reports. IN_FLIGHT reports
 * at a time, on SQLite (WAL, synchronous=FULL) and on a durable throwaway PostgreSQL (fsync on).
 */
const REPORTS = 500;
const WARM_UP = 25;
const IN_FLIGHT = 8;
const FRAME_BYTES = 16 * 1024;
const TOKEN = 'bench-token';

export interface ReceiverFigures {
  sqlite: { reportsPerSecond: number };
  postgresql: { reportsPerSecond: number };
}

export async function benchReceiver(): Promise<ReceiverFigures> {
  const sqlite = await measure('sqlite');
  const postgresql = await measure('postgresql');
  const line = (kind: StoreKind, rate: number) => `  ${kind.padEnd(10)} ${rate.toFixed(0).padStart(5)} reports/s`;
  console.log(
    `receiver ingest: ${REPORTS} reports per store, each 4 evidence PUTs + 1 POST, ${IN_FLIGHT} in flight\n` +
      `${line('sqlite', sqlite)}\n${line('postgresql', postgresql)}`,
  );
  return { sqlite: { reportsPerSecond: sqlite }, postgresql: { reportsPerSecond: postgresql } };
}

async function measure(kind: StoreKind): Promise<number> {
  const { db, release } = await databaseFor(kind);
  const store = await openStore(db);
  const receiver = createReceiver({ store, token: TOKEN });
  try {
    const { url } = await receiver.listen(0);
    const make = (n: number) => Promise.all(Array.from({ length: n }, () => buildReport({ frameBytes: FRAME_BYTES })));
    await ingest(url, await make(WARM_UP));
    const reports = await make(REPORTS);
    const started = performance.now();
    await ingest(url, reports);
    const seconds = (performance.now() - started) / 1000;
    const stored = (await store.stats()).reports;
    if (stored !== WARM_UP + REPORTS) throw new Error(`${kind}: ${stored} reports stored, expected ${WARM_UP + REPORTS}`);
    return REPORTS / seconds;
  } finally {
    await receiver.close();
    await release();
  }
}

async function ingest(url: string, reports: readonly BuiltReport[]): Promise<void> {
  const queue = [...reports];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      for (const blob of next.blobs) {
        const response = await putBlob(url, TOKEN, blob);
        await response.arrayBuffer();
        if (response.status !== 201) throw new Error(`PUT evidence answered ${response.status}`);
      }
      const { body } = await postBatch(url, TOKEN, [next.report]);
      if (body.results[0]?.status !== 'stored') throw new Error(`POST answered ${JSON.stringify(body).slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

async function databaseFor(kind: StoreKind): Promise<{ db: string; release(): Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hostguard-bench-'));
    return { db: path.join(dir, 'reports.sqlite'), release: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const missing = postgresUnavailable();
  if (missing) throw new Error(`the receiver bench needs PostgreSQL: ${missing}`);
  const database = await freshPostgresDatabase({ durable: true });
  return { db: database.url, release: () => database.release() };
}

// `tsx e2e/bench/receiver.ts` runs it alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchReceiver().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
