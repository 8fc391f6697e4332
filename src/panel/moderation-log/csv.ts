import type { LogEntry } from './entries';

/**
 * A spreadsheet reads a cell starting with one of these as a formula (`=HYPERLINK(…)` phones
 * home, `@SUM` runs): OWASP's CSV-injection list, also behind leading spaces and invisible
 * format characters (ZWSP, bidi controls), and the full-width forms some spreadsheets fold.
 */
const FORMULA_START = /^[\t\r]|^[\s\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** One RFC 4180 field, always quoted (OWASP), with a leading `'` when it would read as a formula. */
export function csvCell(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The columns, in order: machine ids first, then the same facts in the host's words. */
const COLUMNS: readonly [string, (entry: LogEntry) => string | number | boolean | undefined][] = [
  ['time', (e) => new Date(e.at).toISOString()],
  ['entry_id', (e) => e.id],
  ['actor', (e) => e.actor.origin],
  ['rule', (e) => e.actor.rule],
  ['actor_text', (e) => e.actor.label],
  ['action', (e) => e.action.hostAction],
  ['step', (e) => e.action.step],
  ['action_text', (e) => e.action.label],
  ['participant_id', (e) => e.target?.id],
  // Raw name as the platform showed it: evidence, so only the formula guard touches it.
  ['participant_name', (e) => e.target?.name],
  ['reason', (e) => e.reason.rule ?? 'host-decision'],
  ['category', (e) => e.reason.category],
  ['alert_id', (e) => e.reason.alertId],
  ['reason_text', (e) => e.reason.label],
  ['result', (e) => e.result.state],
  ['code', (e) => e.result.code],
  ['result_text', (e) => e.result.label],
  ['detail', (e) => e.result.detail],
  ['duration_ms', (e) => e.result.ms],
  ['reversed', (e) => e.reversed],
  ['reversed_by', (e) => e.reversedBy],
  ['reverses', (e) => e.reverses],
];

export const CSV_HEADER = COLUMNS.map(([name]) => name);

const row = (cells: readonly (string | number | boolean | undefined)[]) => cells.map(csvCell).join(',');

/** The log as CSV (RFC 4180: CRLF line ends, a header row), oldest entry first. */
export function toCsv(entries: readonly LogEntry[]): string {
  const lines = [row(CSV_HEADER), ...entries.map((entry) => row(COLUMNS.map(([, cell]) => cell(entry))))];
  return `${lines.join('\r\n')}\r\n`;
}
