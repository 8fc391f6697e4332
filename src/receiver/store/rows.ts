import type { WireReport } from '../../shared/report-wire/schema';
import type { NewReport, ReportEvidenceRow, ReportFilter, StoredReport } from './store';

/** A `reports` row as either driver returns it (PostgreSQL: bigint as string, json parsed). */
export interface ReportRow {
  id: string;
  idempotency_key: string;
  body_sha256: string;
  category: string;
  meeting_id: string;
  platform: string;
  received_at: number | string;
  chain_status: string;
  body: string | WireReport;
}

export interface EvidenceRowRow {
  report_id: string;
  seq: number;
  sha256: string;
  kind: string;
  media_type: string;
  attached: number | boolean;
  held: number | boolean;
}

/** The columns were written from a validated report, so reading them back needs no second schema. */
export function toStoredReport(row: ReportRow): StoredReport {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    bodySha256: row.body_sha256,
    category: row.category as StoredReport['category'],
    meetingId: row.meeting_id,
    platform: row.platform as StoredReport['platform'],
    receivedAt: Number(row.received_at),
    chainStatus: row.chain_status as StoredReport['chainStatus'],
    report: typeof row.body === 'string' ? (JSON.parse(row.body) as WireReport) : row.body,
  };
}

export function groupEvidenceRows(rows: readonly EvidenceRowRow[]): Map<string, ReportEvidenceRow[]> {
  const byReport = new Map<string, ReportEvidenceRow[]>();
  for (const row of rows) {
    const list = byReport.get(row.report_id) ?? [];
    list.push({
      seq: row.seq,
      sha256: row.sha256,
      kind: row.kind as ReportEvidenceRow['kind'],
      mediaType: row.media_type as ReportEvidenceRow['mediaType'],
      attached: Boolean(row.attached),
      held: Boolean(row.held),
    });
    byReport.set(row.report_id, list);
  }
  return byReport;
}

/** WHERE clause and values of a listing; `placeholder(n)` is `?` (SQLite) or `$n` (PostgreSQL). */
export function filterClause(filter: ReportFilter, placeholder: (n: number) => string) {
  const conditions: string[] = [];
  const values: (string | number)[] = [];
  const add = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    values.push(value);
    conditions.push(`${column} = ${placeholder(values.length)}`);
  };
  add('category', filter.category);
  add('platform', filter.platform);
  add('meeting_id', filter.meetingId);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  values.push(filter.limit);
  return { where, limit: placeholder(values.length), values };
}

/** Sorted by key so concurrent transactions take the unique-index locks in one order (no deadlock). */
export function inKeyOrder<T extends { report: { idempotencyKey: string } }>(items: readonly T[]) {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const [x, y] = [a.item.report.idempotencyKey, b.item.report.idempotencyKey];
      return x < y ? -1 : x > y ? 1 : a.index - b.index;
    });
}

/** The `reports` columns of a new report, in the order both stores' INSERT lists them. */
export function reportRowValues(
  item: NewReport,
): [string, string, string, string, string, string, number, string, string] {
  const { report } = item;
  return [
    item.id,
    report.idempotencyKey,
    item.bodySha256,
    report.category,
    report.meeting.id,
    report.meeting.platform,
    item.receivedAt,
    item.chainStatus,
    item.bodyJson,
  ];
}
