import pg from 'pg';
import { POSTGRES_SCHEMA } from './postgres-schema';
import { insertReports, transaction } from './postgres-insert';
import { filterClause, groupEvidenceRows, toStoredReport, type EvidenceRowRow, type ReportRow } from './rows';
import type { HeldEvidence, ReportStore } from './store';

/** Any fixed number shared by every receiver process: serialises the CREATE … IF NOT EXISTS at start. */
const SCHEMA_LOCK = 0x48475244;

/**
 * The PostgreSQL store (`--db postgresql://…`). Timeouts keep every answer well inside the
 * client's 25 s: a statement gets 10 s, waiting for a pooled connection 5 s.
 */
export async function openPostgresStore(connectionString: string): Promise<ReportStore> {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    statement_timeout: 10_000,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 10_000,
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error(`hostguard receiver: PostgreSQL connection lost: ${error.message}`));
  await transaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(POSTGRES_SCHEMA);
  });
  const query = async <T>(text: string, values: unknown[] = []) => (await pool.query(text, values)).rows as T[];

  return {
    kind: 'postgresql',
    async putEvidence({ sha256, mediaType, bytes, receivedAt }) {
      const { rowCount } = await pool.query(
        `INSERT INTO evidence (sha256, media_type, size, bytes, received_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (sha256) DO NOTHING`,
        [
          sha256,
          mediaType,
          bytes.byteLength,
          Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          receivedAt,
        ],
      );
      return rowCount === 1 ? 'created' : 'existing';
    },
    async heldEvidence(hashes) {
      const rows = await query<{ sha256: string; media_type: string; size: number }>(
        'SELECT sha256, media_type, size FROM evidence WHERE sha256 = ANY($1::text[])',
        [hashes],
      );
      return new Map<string, HeldEvidence>(rows.map((r) => [r.sha256, { mediaType: r.media_type, size: r.size }]));
    },
    insertReports: (items) => insertReports(pool, items),
    async purgeUnreferencedImages(hashes) {
      const { rowCount } = await pool.query(
        `DELETE FROM evidence WHERE sha256 = ANY($1::text[]) AND media_type LIKE 'image/%'
         AND NOT EXISTS (SELECT 1 FROM report_evidence re WHERE re.sha256 = evidence.sha256)`,
        [hashes],
      );
      return rowCount ?? 0;
    },
    async listReports(filter) {
      const { where, limit, values } = filterClause(filter, (n) => `$${n}`);
      const rows = await query<ReportRow>(
        `SELECT * FROM reports ${where} ORDER BY received_at DESC, id LIMIT ${limit}`,
        values,
      );
      return rows.map(toStoredReport);
    },
    async getReport(id) {
      const [row] = await query<ReportRow>('SELECT * FROM reports WHERE id = $1', [id]);
      return row && toStoredReport(row);
    },
    async evidenceRows(reportIds) {
      const rows = await query<EvidenceRowRow>(
        `SELECT re.report_id, re.seq, re.sha256, re.kind, re.media_type, re.attached, e.sha256 IS NOT NULL AS held
         FROM report_evidence re LEFT JOIN evidence e ON e.sha256 = re.sha256
         WHERE re.report_id = ANY($1::text[]) ORDER BY re.report_id, re.seq`,
        [reportIds],
      );
      return groupEvidenceRows(rows);
    },
    async readEvidence(sha256) {
      const [row] = await query<{ media_type: string; size: number; bytes: Buffer }>(
        'SELECT media_type, size, bytes FROM evidence WHERE sha256 = $1',
        [sha256],
      );
      return row && { mediaType: row.media_type, size: row.size, bytes: new Uint8Array(row.bytes) };
    },
    async categoriesReferencing(sha256) {
      const rows = await query<{ category: string }>(
        'SELECT DISTINCT r.category FROM report_evidence re JOIN reports r ON r.id = re.report_id WHERE re.sha256 = $1',
        [sha256],
      );
      return rows.map((r) => r.category as never);
    },
    async stats() {
      const [row] = await query<Record<string, string>>(
        `SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM evidence) AS evidence,
           (SELECT coalesce(sum(length(bytes)), 0) FROM evidence) AS "evidenceBytes",
           (SELECT coalesce(sum(length(bytes)), 0) FROM evidence WHERE media_type LIKE 'image/%') AS "imageBytes",
           (SELECT count(*) FROM report_evidence) AS "reportEvidence"`,
      );
      const n = (key: string) => Number(row![key]);
      return {
        reports: n('reports'),
        evidence: n('evidence'),
        evidenceBytes: n('evidenceBytes'),
        imageBytes: n('imageBytes'),
        reportEvidence: n('reportEvidence'),
      };
    },
    close: () => pool.end(),
  };
}
