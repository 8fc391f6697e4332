import { TEXT_CATEGORIES, type TextCategory } from '../../../shared/model/alert';
import { normaliseTerm } from './normalise';
import type { TermEntry } from './term-entry';

/**
 * The organisation's own word lists (options page, or `--extra` / `--allow` files), one term per
 * entry. Syntax of an extra term, kept to what a safety lead can type without a manual:
 *   - `word` or `two words`: flagged as a whole word or phrase, category "obscene";
 *   - `hate:word` (or `sexual:`, `violence:`, `obscene:`): flagged in that category;
 *   - a `*` at either end flags the term inside longer words too: `nazi*` fires on "nazis",
 *     `*nazi*` on "grammarnazi" as well.
 * Terms go through the same normalisation as the text (accents, look-alikes, leet, spacing), so
 * "Enculé" in a list catches "3ncul3". Blank entries, `#` comments and terms with fewer than two
 * letters or digits (they would fire on everything) are ignored.
 */
const CATEGORY_PREFIX = new RegExp(`^(${TEXT_CATEGORIES.join('|')})\\s*:\\s*`, 'i');

export function parseExtraTerm(raw: string): TermEntry | undefined {
  let text = raw.trim();
  if (text === '' || text.startsWith('#')) return undefined;
  let category: TextCategory = 'obscene';
  const prefix = CATEGORY_PREFIX.exec(text);
  if (prefix) {
    category = prefix[1]!.toLowerCase() as TextCategory;
    text = text.slice(prefix[0].length);
  }
  const inside = { start: text.startsWith('*'), end: text.endsWith('*') };
  const term = text.replace(/^\*+|\*+$/g, '').trim();
  if (!hasTwoLettersOrDigits(term)) return undefined;
  return { term, category, patterns: [`${inside.start ? '' : '|'}${term}${inside.end ? '' : '|'}`] };
}

/** An allowed term, normalised like the text; undefined when it could never match sensibly. */
export function parseAllowedTerm(raw: string): string | undefined {
  const text = raw.trim();
  if (text === '' || text.startsWith('#')) return undefined;
  return hasTwoLettersOrDigits(text) ? normaliseTerm(text) : undefined;
}

function hasTwoLettersOrDigits(term: string): boolean {
  return normaliseTerm(term).replace(/\s/g, '').length >= 2;
}
