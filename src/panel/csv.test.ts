import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectSeparator, parseCsv } from './csv';

describe('parseCsv', () => {
  it('keeps separators, doubled quotes and line breaks inside quoted fields (RFC 4180)', () => {
    const text = 'name,note\r\n"Martin, Paul","says ""hi""\r\non two lines"\r\nAda,x\r\n';
    expect(parseCsv(text, ',')).toEqual([
      ['name', 'note'],
      ['Martin, Paul', 'says "hi"\r\non two lines'],
      ['Ada', 'x'],
    ]);
  });

  it('reads LF and CR line ends, empty fields and a last line without a line end', () => {
    expect(parseCsv('a;;c\nd;e\rf', ';')).toEqual([['a', '', 'c'], ['d', 'e'], ['f']]);
  });

  it('keeps empty lines as empty records (the caller skips them) and adds none at the end', () => {
    expect(parseCsv('a\n\nb\n', null)).toEqual([['a'], [''], ['b']]);
  });

  it('splits nothing without a separator', () => {
    expect(parseCsv('Martin, Paul\nDoe; Jane', null)).toEqual([['Martin, Paul'], ['Doe; Jane']]);
  });

  it('is lenient with sloppy quoting: an unclosed quote runs to the end', () => {
    expect(parseCsv('"Ada\nBob', ',')).toEqual([['Ada\nBob']]);
  });
});

describe('detectSeparator', () => {
  it('takes the separator of the first record, ignoring quoted ones', () => {
    expect(detectSeparator('Nom;Prénom;E-mail\nMartin;Paul;p@x.fr')).toBe(';');
    expect(detectSeparator('"Name; display",Email\n')).toBe(',');
    expect(detectSeparator('First\tLast\n')).toBe('\t');
    expect(detectSeparator('\r\n\nNom;Prénom\n')).toBe(';');
  });

  it('finds none in a one-column file, even when later lines hold commas', () => {
    expect(detectSeparator('Name\nMartin, Paul\n')).toBeNull();
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8 and drops its BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Prénom')]);
    expect(decodeCsvBytes(bytes)).toBe('Prénom');
  });

  it('reads Windows-1252, as French Excel saves a semicolon CSV', () => {
    // (Bytes that 1252 and Latin-1 share: Node's decoder, unlike browsers', treats the two alike.)
    expect(
      decodeCsvBytes(new Uint8Array([0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x3b, 0xc9, 0x6c, 0xe8, 0x6e, 0x65])),
    ).toBe('Prénom;Élène');
  });
});
