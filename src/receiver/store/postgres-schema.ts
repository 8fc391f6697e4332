/**
 * PostgreSQL tables, the same shape as sqlite-schema.ts. `body` is `json`, not `jsonb`: json keeps
 * the text exactly, and jsonb refuses `\u0000`, which hostile display names carry.
 */
export const POSTGRES_SCHEMA = `
CREATE TABLE IF NOT EXISTS reports (
  id text PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  body_sha256 text NOT NULL,
  category text NOT NULL,
  meeting_id text NOT NULL,
  platform text NOT NULL,
  received_at bigint NOT NULL,
  chain_status text NOT NULL,
  body json NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_received ON reports (received_at);
CREATE INDEX IF NOT EXISTS reports_meeting ON reports (meeting_id, received_at);
CREATE TABLE IF NOT EXISTS evidence (
  sha256 text PRIMARY KEY,
  media_type text NOT NULL,
  size integer NOT NULL,
  bytes bytea NOT NULL,
  received_at bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS report_evidence (
  report_id text NOT NULL REFERENCES reports (id),
  seq integer NOT NULL,
  sha256 text NOT NULL,
  kind text NOT NULL,
  media_type text NOT NULL,
  attached boolean NOT NULL,
  PRIMARY KEY (report_id, seq)
);
CREATE INDEX IF NOT EXISTS report_evidence_sha256 ON report_evidence (sha256);
`;
