// @vitest-environment node
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireItemResult } from '../shared/report-wire/schema';
import { TEST_TOKEN } from './testing/each-store';
import { postBatch, uploadAll } from './testing/http-client';
import { buildReport, type BuiltReport } from './testing/make-report';
import { freshPostgresDatabase, postgresUnavailable, type TestDatabase } from './testing/postgres-database';
import { spawnReceiver, type ReceiverProcess } from './testing/spawn-receiver';

const REPORTS = 1_000;
const BATCH = 25;
const IN_FLIGHT = 4;
const missing = postgresUnavailable();
if (missing && !process.env.CI) console.warn(`skipping the two-process PostgreSQL test: ${missing}`);

/** Sends `batches` with at most IN_FLIGHT requests at a time; every answer, in any order. */
async function sendAll(url: string, batches: readonly BuiltReport[][]): Promise<WireItemResult[]> {
  const queue = [...batches];
  const results: WireItemResult[] = [];
  const worker = async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      const { status, body } = await postBatch(
        url,
        TEST_TOKEN,
        batch.map((b) => b.report),
      );
      expect(status).toBe(200);
      results.push(...body.results);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return results;
}

const chunk = <T>(items: readonly T[], size: number, offset = 0): T[][] => {
  const out: T[][] = offset ? [items.slice(0, offset)] : [];
  for (let i = offset; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

describe.skipIf(missing && !process.env.CI)('two receiver processes on one PostgreSQL database', () => {
  let database: TestDatabase | undefined;
  let receivers: ReceiverProcess[] = [];
  beforeAll(async () => {
    if (missing) throw new Error(`CI must run the PostgreSQL tests: ${missing}`);
    database = await freshPostgresDatabase();
    // Both start at once on an empty database: the schema lock makes the CREATE TABLEs safe.
    receivers = await Promise.all([
      spawnReceiver(['--port', '0', '--db', database.url, '--token', TEST_TOKEN]),
      spawnReceiver(['--port', '0', '--db', database.url], { HOSTGUARD_RECEIVER_TOKEN: TEST_TOKEN }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.stop()));
    await database?.release();
  }, 30_000);

  it(`stores the same ${REPORTS} reports, posted to both at once, exactly once each`, async () => {
    const [a, b] = receivers as [ReceiverProcess, ReceiverProcess];
    expect(a.url).not.toBe(b.url);
    const built = await Promise.all(Array.from({ length: REPORTS }, () => buildReport({ snapshots: 1, frames: 1 })));
    await Promise.all([
      uploadAll(a.url, TEST_TOKEN, built.slice(0, 500)),
      uploadAll(b.url, TEST_TOKEN, built.slice(500)),
    ]);
    // Different batch boundaries and opposite orders, so the two processes collide on keys mid-batch.
    const [fromA, fromB] = await Promise.all([
      sendAll(a.url, chunk(built, BATCH)),
      sendAll(b.url, chunk(built, BATCH, 12).reverse()),
    ]);
    const byKey = new Map<string, WireItemResult[]>();
    for (const result of [...fromA, ...fromB])
      byKey.set(result.idempotencyKey, [...(byKey.get(result.idempotencyKey) ?? []), result]);
    expect(byKey.size).toBe(REPORTS);
    for (const [, results] of byKey) {
      expect(results.map((r) => r.status).sort()).toEqual(['duplicate', 'stored']);
      const [first, second] = results.map((r) => (r as { id: string }).id);
      expect(first).toBe(second);
    }
    const client = new pg.Client({ connectionString: database!.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        'SELECT count(*)::int AS n, count(DISTINCT idempotency_key)::int AS keys, (SELECT count(*)::int FROM report_evidence) AS links FROM reports',
      );
      expect(rows[0]).toEqual({ n: REPORTS, keys: REPORTS, links: REPORTS * 2 });
    } finally {
      await client.end();
    }
  }, 120_000);

  it('shuts both down gracefully on SIGTERM', async () => {
    expect(await Promise.all(receivers.map((r) => r.stop()))).toEqual([true, true]);
  }, 30_000);
});
