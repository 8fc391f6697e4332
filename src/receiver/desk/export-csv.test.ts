// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { csvCell } from './export-csv';

describe('csvCell', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd'])('keeps %j as text with a leading apostrophe', (value) => {
    expect(csvCell(value).replace(/^"/, '')).toMatch(/^'/);
  });

  it('quotes cells with commas, quotes or line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(csvCell('Ana María')).toBe('Ana María');
    expect(csvCell(42)).toBe('42');
    expect(csvCell('a=b')).toBe('a=b');
  });
});
