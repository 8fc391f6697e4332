import Database from 'better-sqlite3';
import {
  filterClause,
  groupEvidenceRows,
  inKeyOrder,
  reportRowValues,
  toStoredReport,
  type EvidenceRowRow,
  type ReportRow,
} from './rows';
import { SQLITE_SCHEMA } from './sqlite-schema';
import type { HeldEvidence, InsertOutcome, NewReport, ReportStore, StoreStats } from './store';

/**
 * The default store: one SQLite file in WAL mode (`:memory:` for tests). better-sqlite3 is
 * synchronous, so each method finishes its transaction before it returns; several processes on
 * one file are serialised by SQLite's write lock (BEGIN IMMEDIATE, 5 s busy timeout).
 */
export function openSqliteStore(file: string): ReportStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.exec(SQLITE_SCHEMA);
  const inList = (column: string) => `${column} IN (SELECT value FROM json_each(?))`;
  const sql = {
    putEvidence: db.prepare(
      'INSERT INTO evidence (sha256, media_type, size, bytes, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
    ),
    held: db.prepare(`SELECT sha256, media_type, size FROM evidence WHERE ${inList('sha256')}`),
    insertReport: db.prepare(
      `INSERT INTO reports (id, idempotency_key, body_sha256, category, meeting_id, platform, received_at, chain_status, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
    ),
    existing: db.prepare('SELECT id, body_sha256 FROM reports WHERE idempotency_key = ?'),
    insertLink: db.prepare(
      'INSERT INTO report_evidence (report_id, seq, sha256, kind, media_type, attached) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    purge: db.prepare(
      `DELETE FROM evidence WHERE ${inList('sha256')} AND media_type LIKE 'image/%'
       AND NOT EXISTS (SELECT 1 FROM report_evidence re WHERE re.sha256 = evidence.sha256)`,
    ),
    report: db.prepare('SELECT * FROM reports WHERE id = ?'),
    rows: db.prepare(
      `SELECT re.report_id, re.seq, re.sha256, re.kind, re.media_type, re.attached, e.sha256 IS NOT NULL AS held
       FROM report_evidence re LEFT JOIN evidence e ON e.sha256 = re.sha256
       WHERE ${inList('re.report_id')} ORDER BY re.report_id, re.seq`,
    ),
    readEvidence: db.prepare('SELECT media_type, size, bytes FROM evidence WHERE sha256 = ?'),
    categories: db.prepare(
      'SELECT DISTINCT r.category FROM report_evidence re JOIN reports r ON r.id = re.report_id WHERE re.sha256 = ?',
    ),
    stats: db.prepare(
      `SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM evidence) AS evidence,
         (SELECT coalesce(sum(length(bytes)), 0) FROM evidence) AS evidenceBytes,
         (SELECT coalesce(sum(length(bytes)), 0) FROM evidence WHERE media_type LIKE 'image/%') AS imageBytes,
         (SELECT count(*) FROM report_evidence) AS reportEvidence`,
    ),
  };

  const insertOne = (item: NewReport): InsertOutcome => {
    const { report } = item;
    const row = sql.insertReport.get(...reportRowValues(item)) as { id: string } | undefined;
    if (!row) {
      const existing = sql.existing.get(report.idempotencyKey) as { id: string; body_sha256: string };
      return { inserted: false, id: existing.id, bodySha256: existing.body_sha256 };
    }
    for (const e of report.evidence.entries) {
      sql.insertLink.run(row.id, e.seq, e.sha256, e.kind, e.mediaType, e.attached ? 1 : 0);
    }
    return { inserted: true, id: row.id };
  };
  const insertAll = db.transaction((items: readonly NewReport[]) => {
    const outcomes: InsertOutcome[] = new Array(items.length);
    for (const { item, index } of inKeyOrder(items)) outcomes[index] = insertOne(item);
    return outcomes;
  });

  return {
    kind: 'sqlite',
    async putEvidence({ sha256, mediaType, bytes, receivedAt }) {
      const { changes } = sql.putEvidence.run(sha256, mediaType, bytes.byteLength, Buffer.from(bytes), receivedAt);
      return changes === 1 ? 'created' : 'existing';
    },
    async heldEvidence(hashes) {
      const rows = sql.held.all(JSON.stringify(hashes)) as { sha256: string; media_type: string; size: number }[];
      return new Map<string, HeldEvidence>(rows.map((r) => [r.sha256, { mediaType: r.media_type, size: r.size }]));
    },
    async insertReports(items) {
      return items.length ? insertAll.immediate(items) : [];
    },
    async purgeUnreferencedImages(hashes) {
      return sql.purge.run(JSON.stringify(hashes)).changes;
    },
    async listReports(filter) {
      const { where, limit, values } = filterClause(filter, () => '?');
      const rows = db
        .prepare(`SELECT * FROM reports ${where} ORDER BY received_at DESC, id LIMIT ${limit}`)
        .all(...values);
      return (rows as ReportRow[]).map(toStoredReport);
    },
    async getReport(id) {
      const row = sql.report.get(id) as ReportRow | undefined;
      return row && toStoredReport(row);
    },
    async evidenceRows(reportIds) {
      return groupEvidenceRows(sql.rows.all(JSON.stringify(reportIds)) as EvidenceRowRow[]);
    },
    async readEvidence(sha256) {
      const row = sql.readEvidence.get(sha256) as { media_type: string; size: number; bytes: Buffer } | undefined;
      return row && { mediaType: row.media_type, size: row.size, bytes: new Uint8Array(row.bytes) };
    },
    async categoriesReferencing(sha256) {
      return (sql.categories.all(sha256) as { category: string }[]).map((r) => r.category as never);
    },
    async stats() {
      return sql.stats.get() as StoreStats;
    },
    async close() {
      db.close();
    },
  };
}
