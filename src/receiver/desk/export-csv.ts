import type { ReportEvidenceRow, StoredReport } from '../store/store';

/** Cells a spreadsheet would run as a formula (OWASP "CSV injection"): kept as text with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADER = [
  'id',
  'received_at',
  'category',
  'platform',
  'meeting_id',
  'meeting_title',
  'participant_names',
  'participant_ids',
  'note',
  'chain_status',
  'evidence_entries',
  'evidence_held',
  'idempotency_key',
];

/**
 * One row per report, raw values (names byte-exact, hidden characters included, as evidence);
 * UTF-8 with a BOM so spreadsheets read it as UTF-8.
 */
export function renderCsv(
  reports: readonly StoredReport[],
  evidence: ReadonlyMap<string, readonly ReportEvidenceRow[]>,
): string {
  const rows = reports.map((stored) => {
    const { report } = stored;
    const rowsOf = evidence.get(stored.id) ?? [];
    return [
      stored.id,
      new Date(stored.receivedAt).toISOString(),
      stored.category,
      stored.platform,
      report.meeting.id,
      report.meeting.title,
      report.participants.map((p) => p.name).join(' | '),
      report.participants.map((p) => p.id).join(' | '),
      report.note,
      stored.chainStatus,
      rowsOf.length,
      rowsOf.filter((row) => row.held).length,
      stored.idempotencyKey,
    ];
  });
  return `\ufeff${[HEADER, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
