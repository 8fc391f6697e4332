import { DETECTION_LIMITS } from '../shared/model/detection-settings';
import { nameColumns, type NameColumns } from './attendee-header';
import { detectSeparator, parseCsv } from './csv';

/**
 * The expected-attendee list from what a host has: names pasted one per line (or an Outlook
 * "To" line, `;`-separated), cells copied from a spreadsheet (tab-separated), or a CSV export.
 *
 * Email addresses are never matched as such (meeting clients show names, not addresses), but a
 * person with no name, e.g. a list of addresses only, gets the local part of the address as a name:
 * "paul.martin@example.org" -> "paul martin", which matches a joiner shown as "Paul Martin" (the
 * background compares case-, accent- and word-order-insensitively). Those names are counted in
 * `fromEmails` so the page can ask the host to check them: "pmartin42" matches nobody.
 */
export interface AttendeeList {
  names: string[];
  /** Distinct names found, before the limit. */
  found: number;
  /** Names beyond DETECTION_LIMITS.attendees, left off the list. */
  leftOff: number;
  /** Names cut to DETECTION_LIMITS.attendeeLength. */
  shortened: number;
  /** Names on the list taken from an email address's local part. */
  fromEmails: number;
}

export interface AttendeeLimits {
  attendees: number;
  attendeeLength: number;
}

interface Candidate {
  name: string;
  fromEmail: boolean;
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/u;
const ANGLED_EMAIL = /<([^<>\s]+@[^<>\s]+)>/u;
const BULLET = /^(?:[-*•·]|\d{1,4}[.)])\s+/u;
const BOM = /^\uFEFF/u;

/** "paul.martin+zoom@example.org" -> "paul martin". */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0]!.split('+')[0]!;
  return local
    .replace(/[._-]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const unquote = (text: string) => text.replace(/^"(.*)"$/u, '$1').trim();

/** One cell or entry as a name: `"Martin, Paul" <p@x.org>` -> `Martin, Paul`; an address -> its local part. */
function candidate(cell: string): Candidate | null {
  let text = unquote(cell.replace(/\s+/gu, ' ').trim());
  const angled = text.match(ANGLED_EMAIL);
  if (angled) {
    const name = unquote(text.replace(angled[0], ' ').trim());
    if (name) return { name, fromEmail: false };
    text = angled[1]!;
  }
  if (!EMAIL.test(text)) return text ? { name: text, fromEmail: false } : null;
  const name = nameFromEmail(text);
  return name ? { name, fromEmail: true } : null;
}

/** Without a header: the first cell that is a name, else the first address. */
function firstUsable(row: readonly string[]): Candidate | null {
  const found = row.map(candidate).filter((c): c is Candidate => c !== null);
  return found.find((c) => !c.fromEmail) ?? found[0] ?? null;
}

function fromRow(row: readonly string[], columns: NameColumns | null): Candidate | null {
  if (!columns) return firstUsable(row);
  const cell = (index: number | undefined) => (index === undefined ? '' : (row[index] ?? '').trim());
  const name =
    columns.full !== undefined
      ? candidate(cell(columns.full))
      : candidate([cell(columns.first), cell(columns.last)].filter(Boolean).join(' '));
  return name ?? (columns.email !== undefined ? candidate(cell(columns.email)) : null);
}

/** Cut to `max` UTF-16 units (the stored limit) without splitting a surrogate pair. */
function cut(name: string, max: number): string {
  if (name.length <= max) return name;
  const end = /[\uD800-\uDBFF]/u.test(name[max - 1]!) ? max - 1 : max;
  return name.slice(0, end).trimEnd();
}

/** "Paul  MARTIN" and "paul martin" are one person: keep the first spelling. */
const sameName = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');

function collect(candidates: Iterable<Candidate | null>, limits: AttendeeLimits): AttendeeList {
  const seen = new Map<string, Candidate>();
  let shortened = 0;
  for (const found of candidates) {
    if (!found) continue;
    const name = cut(found.name, limits.attendeeLength);
    const key = sameName(name);
    if (seen.has(key)) continue;
    if (name !== found.name) shortened++;
    seen.set(key, { name, fromEmail: found.fromEmail });
  }
  const all = [...seen.values()];
  const kept = all.slice(0, limits.attendees);
  return {
    names: kept.map((c) => c.name),
    found: all.length,
    leftOff: all.length - kept.length,
    shortened,
    fromEmails: kept.filter((c) => c.fromEmail).length,
  };
}

/** A CSV file's text (or tab-separated cells), header row detected by its column names. */
export function attendeesFromCsv(text: string, limits: AttendeeLimits = DETECTION_LIMITS): AttendeeList {
  const clean = text.replace(BOM, '');
  // Blank lines, before the header too, are no one.
  const rows = parseCsv(clean, detectSeparator(clean)).filter((row) => row.some((cell) => cell.trim() !== ''));
  const columns = rows[0] ? nameColumns(rows[0]) : null;
  return collect(
    (columns ? rows.slice(1) : rows).map((row) => fromRow(row, columns)),
    limits,
  );
}

/** Pasted text: one name a line; `;` separates people (an Outlook "To" line); tabs mean spreadsheet cells. */
export function attendeesFromText(text: string, limits: AttendeeLimits = DETECTION_LIMITS): AttendeeList {
  const clean = text.replace(BOM, '');
  const firstLine = clean.split(/\r\n|\r|\n/u).find((line) => line.trim() !== '') ?? '';
  if (firstLine.includes('\t')) return attendeesFromCsv(clean, limits);
  const entries = clean
    .split(/\r\n|\r|\n|;/u)
    .map((entry) => entry.trim().replace(BULLET, ''))
    .filter(Boolean);
  // A column copied with its header ("Nom", "Name"): the header is not a person.
  if (entries[0] && nameColumns([entries[0]])) entries.shift();
  return collect(entries.map(candidate), limits);
}
