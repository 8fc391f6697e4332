import { DataSet, parseRawPattern, type ParsedPattern } from 'obscenity';
import type { TextCategory } from '../../../shared/model/alert';
import { normaliseTerm } from './normalise';

/**
 * One entry of our word lists, written the way a person reads it ("nique ta mère", "|pute|"):
 * compilePattern turns it into what the obscenity matcher sees after normalise.ts.
 */
export interface TermEntry {
  /** Canonical term, the only text a verdict ever shows (never the attacker's spelling). */
  term: string;
  category: TextCategory;
  /**
   * Readable patterns; default: the term itself. A leading or trailing "|" asks for a word
   * boundary there ("|cul|" fires on "cul", not on "calcul"). Words may also be written glued.
   */
  patterns?: readonly string[];
  /** Innocent words that contain a pattern ("salopette" holds "salope"); they never fire. */
  allow?: readonly string[];
}

export interface TermMeta {
  term: string;
  category: TextCategory;
  /** Added by the organisation (options page or --extra), not one of our lists. */
  organisation?: boolean;
}

/**
 * obscenity's duplicate collapsing, as in its English preset: every doubled letter becomes one,
 * except these six, kept at two (a_ss_, boo_b, ni_gg_er). Text and patterns must agree, so our
 * patterns go through the same cut ("connard" is matched as "conard").
 */
export const DOUBLE_LETTERS = new Map([
  ['b', 2],
  ['e', 2],
  ['o', 2],
  ['l', 2],
  ['s', 2],
  ['g', 2],
]);
export function collapseLikeMatcher(text: string): string {
  return text.replace(/(.)\1+/gu, (run, char: string) =>
    char.repeat(Math.min(run.length, DOUBLE_LETTERS.get(char) ?? 1)),
  );
}

/** "|nique ta mère|" → the parsed pattern `|nique[ ]ta[ ]mere|` (spaces optional: "niquetamere"). */
export function compilePattern(readable: string): ParsedPattern {
  const start = readable.startsWith('|');
  const end = readable.length > 1 && readable.endsWith('|');
  const words = normaliseTerm(readable.slice(start ? 1 : 0, end ? -1 : undefined)).split(' ');
  const body = words.map(collapseLikeMatcher).join('[ ]');
  if (!/[\p{L}\p{N}]/u.test(body)) throw new Error(`Pattern "${readable}" has no letters once normalised`);
  return parseRawPattern(`${start ? '|' : ''}${body}${end ? '|' : ''}`);
}

/** Adds entries to a dataset; their whitelisted terms are normalised like the text they guard. */
export function addEntries(dataset: DataSet<TermMeta>, entries: readonly TermEntry[], organisation = false): void {
  for (const entry of entries) {
    dataset.addPhrase((phrase) => {
      phrase.setMetadata({ term: entry.term, category: entry.category, ...(organisation ? { organisation } : {}) });
      for (const readable of entry.patterns ?? [entry.term]) phrase.addPattern(compilePattern(readable));
      for (const allowed of entry.allow ?? []) phrase.addWhitelistedTerm(normaliseTerm(allowed));
      return phrase;
    });
  }
}

/** Shorthand for a list of entries sharing one category. */
export function entries(category: TextCategory, list: readonly Omit<TermEntry, 'category'>[]): TermEntry[] {
  return list.map((entry) => ({ ...entry, category }));
}
