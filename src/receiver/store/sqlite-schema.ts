/** SQLite tables (the same shape as postgres-schema.ts). Hash-only entries have no evidence row, so no foreign key to it. */
export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS reports (
  id TEXT PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  body_sha256 TEXT NOT NULL,
  category TEXT NOT NULL,
  meeting_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  chain_status TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_received ON reports (received_at);
CREATE INDEX IF NOT EXISTS reports_meeting ON reports (meeting_id, received_at);
CREATE TABLE IF NOT EXISTS evidence (
  sha256 TEXT PRIMARY KEY,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  received_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS report_evidence (
  report_id TEXT NOT NULL REFERENCES reports (id),
  seq INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  kind TEXT NOT NULL,
  media_type TEXT NOT NULL,
  attached INTEGER NOT NULL,
  PRIMARY KEY (report_id, seq)
);
CREATE INDEX IF NOT EXISTS report_evidence_sha256 ON report_evidence (sha256);
`;
