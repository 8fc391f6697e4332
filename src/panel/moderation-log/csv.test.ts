import { beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../csv';
import { participant, record, sessionWith, T0 } from '../testing/fixtures';
import { buildEntries } from './entries';
import { HOSTILE_NAMES, moderatedSession, useEnglish } from './log-fixtures';
import { CSV_HEADER, csvCell, toCsv } from './csv';

beforeEach(useEnglish);

/** The CSV a meeting with one step on a participant called `name` exports, read back as records. */
function exportedName(name: string): string {
  const s = sessionWith([participant({ id: 'p', name })], {
    actions: [record({ id: 'r', hostAction: 'eject', step: 'remove', participantId: 'p' })],
  });
  const [header, row, ...rest] = parseCsv(toCsv(buildEntries(s)), ',');
  expect(rest).toEqual([]);
  return row![header!.indexOf('participant_name')]!;
}

describe('csvCell', () => {
  it.each([
    [HOSTILE_NAMES.hyperlink, `"'=HYPERLINK(""http://x"")"`],
    ['+1', `"'+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\tplain', `"'\tplain"`],
    ['\rplain', `"'\rplain"`],
    ['  =1+1', `"'  =1+1"`],
    ['\u200B=1', `"'\u200B=1"`],
    ['\u202E@x', `"'\u202E@x"`],
    ['\uFF1D1+1', `"'\uFF1D1+1"`],
  ])('disarms a formula start: %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['Ada Lovelace', '"Ada Lovelace"'],
    ['a=b', '"a=b"'],
    ['Jean-Luc', '"Jean-Luc"'],
    ['x@y.org', '"x@y.org"'],
    ["'quoted'", `"'quoted'"`],
    ['', '""'],
  ])('leaves ordinary text alone: %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers, booleans and missing values as plain fields', () => {
    expect([csvCell(120), csvCell(true), csvCell(undefined)]).toEqual(['"120"', '"true"', '""']);
  });
});

describe('toCsv', () => {
  it('starts with a header row and ends every record with CRLF', () => {
    const text = toCsv(buildEntries(moderatedSession()));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.map((name) => `"${name}"`).join(','));
    expect(lines).toHaveLength(6 + 2); // header, six entries, '' after the last CRLF
    expect(lines.at(-1)).toBe('');
  });

  it('writes one step as a full record, machine ids and the host words side by side', () => {
    const rows = parseCsv(toCsv(buildEntries(moderatedSession())), ',');
    const byColumn = (row: string[]) => Object.fromEntries(CSV_HEADER.map((name, i) => [name, row[i]]));
    expect(byColumn(rows[1]!)).toEqual({
      time: new Date(T0 + 1000).toISOString(),
      entry_id: 'r1',
      actor: 'rule',
      rule: 'hostile-name',
      actor_text: 'Shield rule: hostile name',
      action: 'stop-share',
      step: 'stop-share',
      action_text: 'Stop share',
      participant_id: 'p1',
      participant_name: `'${HOSTILE_NAMES.hyperlink}`,
      reason: 'hostile-name',
      category: 'hate',
      alert_id: 'a1',
      reason_text: 'hostile name (hateful)',
      result: 'ok',
      code: 'done',
      result_text: 'Done',
      detail: '',
      duration_ms: '120',
      reversed: 'false',
      reversed_by: '',
      reverses: '',
    });
    expect(byColumn(rows[4]!)).toMatchObject({ reversed: 'true', reversed_by: 'r5' });
    expect(byColumn(rows[5]!)).toMatchObject({ reverses: 'r4', reason: 'host-decision' });
  });

  it('keeps names with quotes, commas and line breaks whole and exact (RFC 4180)', () => {
    expect(exportedName(HOSTILE_NAMES.quoted)).toBe(HOSTILE_NAMES.quoted);
    expect(exportedName('Martin, Paul')).toBe('Martin, Paul');
    expect(exportedName('a\r\nb')).toBe('a\r\nb');
  });

  it('keeps bidi overrides and zero-width characters raw: the export is evidence', () => {
    expect(exportedName(HOSTILE_NAMES.rtl)).toBe(HOSTILE_NAMES.rtl);
    expect(exportedName('\u200Dadmin\uFEFF')).toBe('\u200Dadmin\uFEFF');
  });

  it('prefixes only the apostrophe to formula-like names, keeping the rest raw', () => {
    expect(exportedName(HOSTILE_NAMES.plus)).toBe("'+1");
    expect(exportedName(HOSTILE_NAMES.minus)).toBe("'-2+3");
    expect(exportedName(HOSTILE_NAMES.at)).toBe("'@SUM(A1)");
    expect(exportedName(HOSTILE_NAMES.tab)).toBe("'\t=1");
  });

  it('guards every column, not just names: adapter detail can quote page text', () => {
    const s = sessionWith([], { actions: [record({ id: 'r' }, { ok: false, code: 'error', detail: '=cmd|x' })] });
    expect(toCsv(buildEntries(s))).toContain(`"'=cmd|x"`);
  });

  it('is just the header for an empty log', () => {
    expect(parseCsv(toCsv([]), ',')).toEqual([CSV_HEADER]);
  });
});
