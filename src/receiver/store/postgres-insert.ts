import type pg from 'pg';
import { inKeyOrder, reportRowValues } from './rows';
import type { InsertOutcome, NewReport } from './store';

/** Deadlock and serialisation failures are safe to retry: the transaction left nothing behind. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

/** One transaction for the batch, keys in sorted order, retried on deadlock or serialisation failure. */
export async function insertReports(pool: pg.Pool, items: readonly NewReport[]): Promise<InsertOutcome[]> {
  if (!items.length) return [];
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction(pool, async (client) => {
        const outcomes: InsertOutcome[] = new Array(items.length);
        for (const { item, index } of inKeyOrder(items)) outcomes[index] = await insertOne(client, item);
        return outcomes;
      });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= ATTEMPTS || !code || !RETRYABLE.has(code)) throw error;
    }
  }
}

/** ON CONFLICT DO NOTHING, then read the row that won: never check-then-insert. */
async function insertOne(client: pg.PoolClient, item: NewReport): Promise<InsertOutcome> {
  const { report } = item;
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO reports (id, idempotency_key, body_sha256, category, meeting_id, platform, received_at, chain_status, body)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
    reportRowValues(item),
  );
  if (!inserted.rows[0]) {
    // READ COMMITTED: this statement's snapshot sees the row whose commit made ours a conflict.
    const { rows } = await client.query<{ id: string; body_sha256: string }>(
      'SELECT id, body_sha256 FROM reports WHERE idempotency_key = $1',
      [report.idempotencyKey],
    );
    return { inserted: false, id: rows[0]!.id, bodySha256: rows[0]!.body_sha256 };
  }
  const entries = report.evidence.entries;
  if (entries.length) {
    await client.query(
      `INSERT INTO report_evidence (report_id, seq, sha256, kind, media_type, attached)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::boolean[])`,
      [
        item.id,
        entries.map((e) => e.seq),
        entries.map((e) => e.sha256),
        entries.map((e) => e.kind),
        entries.map((e) => e.mediaType),
        entries.map((e) => e.attached),
      ],
    );
  }
  return { inserted: true, id: item.id };
}

export async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    // A client whose ROLLBACK fails is broken: destroy it instead of returning it to the pool.
    const broken = await client.query('ROLLBACK').then(
      () => undefined,
      (rollbackError: Error) => rollbackError,
    );
    client.release(broken ?? undefined);
    throw error;
  }
}
