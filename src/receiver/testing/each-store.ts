import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createReceiver, type ReceiverOptions } from '../server';
import { openStore } from '../store/open-store';
import type { ReportStore, StoreKind } from '../store/store';
import { freshPostgresDatabase, postgresUnavailable } from './postgres-database';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

export interface TestReceiver {
  url: string;
  store: ReportStore;
  close(): Promise<void>;
}

export interface StoreTarget {
  kind: StoreKind;
  /** The `--db` value of this file's run: a SQLite file or a fresh PostgreSQL database. */
  db(): string;
  /** An in-process receiver on a random port over its own connection to `db()`. */
  startReceiver(options?: Omit<ReceiverOptions, 'store' | 'token'>): Promise<TestReceiver>;
}

/**
 * `describe.each` over both stores, one database per file run. Without PostgreSQL the
 * PostgreSQL half fails in CI (process.env.CI) and is skipped, with the reason, elsewhere.
 */
export function describeEachStore(title: string, body: (target: StoreTarget) => void): void {
  describe.each(['sqlite', 'postgresql'] as const)(`${title} (%s)`, (kind) => {
    const missing = kind === 'postgresql' ? postgresUnavailable() : undefined;
    if (missing && !process.env.CI) {
      console.warn(`skipping the PostgreSQL half of "${title}": ${missing}`);
      it.skip(`PostgreSQL unavailable: ${missing}`, () => undefined);
      return;
    }
    let db = '';
    let release: () => Promise<void> = async () => undefined;
    const open: TestReceiver[] = [];
    beforeAll(async () => {
      if (missing) throw new Error(`CI must run the PostgreSQL tests: ${missing}`);
      ({ db, release } = await prepareDatabase(kind));
    }, 60_000);
    afterAll(async () => {
      await Promise.all(open.splice(0).map((receiver) => receiver.close()));
      await release();
    }, 60_000);
    body({
      kind,
      db: () => db,
      async startReceiver(options = {}) {
        const store = await openStore(db);
        const receiver = createReceiver({ ...options, store, token: TEST_TOKEN });
        const { url } = await receiver.listen(0);
        const handle = { url, store, close: () => receiver.close() };
        open.push(handle);
        return handle;
      },
    });
  });
}

async function prepareDatabase(kind: StoreKind): Promise<{ db: string; release(): Promise<void> }> {
  if (kind === 'postgresql') {
    const database = await freshPostgresDatabase();
    return { db: database.url, release: () => database.release() };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'hostguard-sqlite-'));
  return { db: path.join(dir, 'reports.sqlite'), release: async () => rmSync(dir, { recursive: true, force: true }) };
}
