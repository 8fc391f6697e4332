/** The separators spreadsheets export: `,` (RFC 4180), `;` (French Excel, where `,` is the decimal mark), tab. */
export type CsvSeparator = ',' | ';' | '\t';
const SEPARATORS: readonly CsvSeparator[] = [';', ',', '\t'];

/**
 * The separator used in the first non-empty record (counted outside quotes), or null for a one-column
 * file. A one-column file of "Martin, Paul" must not be split at its commas, so a header or
 * first line without any separator means "no separator".
 */
export function detectSeparator(text: string): CsvSeparator | null {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text.replace(/^[\r\n]+/u, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvSeparator | null = null;
  for (const separator of SEPARATORS) {
    if ((counts.get(separator) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = separator;
  }
  return best;
}

/**
 * RFC 4180 records: quoted fields may hold separators, `""` and line breaks; CRLF, LF or CR end
 * a record. Lenient where spreadsheets are sloppy: text after a closing quote is kept, and an
 * unclosed quote runs to the end of the file.
 */
export function parseCsv(text: string, separator: CsvSeparator | null): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let started = false; // the current record has at least one character or separator
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[i++];
      else quoted = false;
    } else if (char === '"' && field === '') {
      quoted = started = true;
    } else if (char === separator) {
      row.push(field);
      field = '';
      started = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      started = false;
    } else {
      field += char;
      started = true;
    }
  }
  if (started) rows.push([...row, field]);
  return rows;
}

/**
 * A CSV file's bytes as text. Excel's "CSV (semicolon)" on a French Windows saves Windows-1252,
 * not UTF-8: read as UTF-8, "Prénom" would become "Pr\uFFFDnom" and match no one. So UTF-8 when the
 * bytes are valid UTF-8 (a BOM is stripped by the decoder), Windows-1252 otherwise.
 */
export function decodeCsvBytes(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
