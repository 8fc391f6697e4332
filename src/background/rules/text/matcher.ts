import { collapseDuplicatesTransformer, DataSet, RegExpMatcher } from 'obscenity';
import type { TextCategory } from '../../../shared/model/alert';
import { addEnglish, englishMaskTargets } from './data/english';
import { FRENCH_TERMS } from './data/french';
import { HATE_AND_VIOLENCE_TERMS } from './data/hate-violence';
import { matchCode } from './data/codes';
import { parseAllowedTerm, parseExtraTerm } from './extra-terms';
import { MaskedWords, maskTargetsOf } from './masked';
import { createPrefilter } from './prefilter';
import { fold, textViews, tidySeparators, type TextViews } from './normalise';
import { addEntries, DOUBLE_LETTERS, type TermEntry, type TermMeta } from './term-entry';

/**
 * Hostile display names and chat, English and French, through the disguises of normalise.ts.
 * A verdict names OUR canonical term and category, never the attacker's text, so it is safe to
 * log, report and show. It raises a host prompt; nothing here removes anyone.
 */
export interface TextVerdict {
  category: TextCategory;
  /** Canonical term from our lists (or the organisation's), never the attacker's raw text. */
  term: string;
  /** Short English sentence for the CLI and logs, e.g. "contains a hateful term (heil hitler)". */
  reason: string;
}
export interface TextMatcher {
  check(text: string): TextVerdict | undefined;
}
export interface TextMatcherOptions {
  /** Organisation terms; syntax in extra-terms.ts ("hate:word", "word*"). */
  extraTerms?: readonly string[];
  /** Words that never fire as whole words ("Dick" for a meeting that knows one). */
  allowedTerms?: readonly string[];
}

/** When a text hits several lists, the worst category wins. */
const PRIORITY: Record<TextCategory, number> = { hate: 0, sexual: 1, violence: 2, obscene: 3 };
const REASON: Record<TextCategory, string> = {
  hate: 'a hateful term',
  sexual: 'a sexual term',
  violence: 'violent language',
  obscene: 'an obscene term',
};
/** A pasted wall of text is cut here: matching stays linear and a chat line is far shorter. */
export const MAX_CHECKED_CHARS = 4000;

const BUILT_IN: readonly TermEntry[] = [...FRENCH_TERMS, ...HATE_AND_VIOLENCE_TERMS];
let builtIn: DataSet<TermMeta> | undefined;
/** Our lists compiled once; each matcher shares their phrases and adds the organisation's. Exported for tests. */
export function builtInDataset(): DataSet<TermMeta> {
  if (!builtIn) {
    builtIn = new DataSet<TermMeta>();
    addEnglish(builtIn);
    addEntries(builtIn, BUILT_IN);
  }
  return builtIn;
}

export function createTextMatcher(options: TextMatcherOptions = {}): TextMatcher {
  const extra = (options.extraTerms ?? []).flatMap((raw) => parseExtraTerm(raw) ?? []);
  const dataset = new DataSet<TermMeta>().addAll(builtInDataset());
  addEntries(dataset, extra, true);
  const built = dataset.build();
  const mayMatch = createPrefilter(built.blacklistedTerms);
  const matcher = new RegExpMatcher({
    ...built,
    // normalise.ts already folded, lower-cased and resolved leet; only obscenity's
    // doubled-letter cut is left, with the thresholds our patterns were compiled for.
    blacklistMatcherTransformers: [
      collapseDuplicatesTransformer({ defaultThreshold: 1, customThresholds: DOUBLE_LETTERS }),
    ],
  });
  const masked = new MaskedWords([...englishMaskTargets(), ...maskTargetsOf(BUILT_IN), ...maskTargetsOf(extra, true)]);
  const allowed = (options.allowedTerms ?? []).flatMap((raw) => allowedPatterns(raw) ?? []);

  return {
    check(text) {
      const views = blankAllowed(textViews(text.slice(0, MAX_CHECKED_CHARS)), allowed);
      const hits: TermMeta[] = [];
      const code = matchCode(views.codes);
      if (code) hits.push({ term: code.term, category: 'hate' });
      for (const view of views.words) {
        if (!mayMatch(view)) continue;
        for (const match of matcher.getAllMatches(view, true)) {
          const meta = dataset.getPayloadWithPhraseMetadata(match).phraseMetadata;
          if (meta) hits.push(meta);
        }
      }
      hits.push(...masked.find(views.masked));
      return verdictOf(hits);
    },
  };
}

/** The first hit of the worst category (hits arrive in reading order within each source). */
function verdictOf(hits: readonly TermMeta[]): TextVerdict | undefined {
  let best: TermMeta | undefined;
  for (const hit of hits) if (!best || PRIORITY[hit.category] < PRIORITY[best.category]) best = hit;
  if (!best) return undefined;
  const what = best.organisation ? `${REASON[best.category]} your organisation flags` : REASON[best.category];
  return { category: best.category, term: best.term, reason: `contains ${what} (${best.term})` };
}

/**
 * An allowed term as two whole-word patterns: one for the leet-resolved views (words, masked),
 * one for the codes view, which keeps digits. Separators between its words may be anything.
 */
interface AllowedPatterns {
  words: RegExp;
  codes: RegExp;
}
function allowedPatterns(raw: string): AllowedPatterns | undefined {
  const normalised = parseAllowedTerm(raw);
  if (normalised === undefined) return undefined;
  const folded = tidySeparators(fold(raw));
  return { words: wholeWords(normalised), codes: wholeWords(folded) };
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function wholeWords(phrase: string): RegExp {
  const body = phrase.split(' ').map(escape).join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
}

/** Allowed words are blanked (same length) in every view before matching. */
function blankAllowed(views: TextViews, allowed: readonly AllowedPatterns[]): TextViews {
  if (allowed.length === 0) return views;
  const blank = (text: string, pick: (patterns: AllowedPatterns) => RegExp) =>
    allowed.reduce((out, patterns) => out.replace(pick(patterns), (found) => ' '.repeat(found.length)), text);
  return {
    codes: blank(views.codes, (p) => p.codes),
    masked: blank(views.masked, (p) => p.words),
    words: views.words.map((view) => blank(view, (p) => p.words)),
  };
}

let cached: { key: string; matcher: TextMatcher } | undefined;
/**
 * The matcher for the host's current lists, rebuilt only when they change: the background asks
 * for it on every event batch, and building one compiles a few hundred patterns (a few ms).
 */
export function matcherFor(options: { extraTerms: readonly string[]; allowedTerms: readonly string[] }): TextMatcher {
  const key = JSON.stringify([options.extraTerms, options.allowedTerms]);
  if (cached?.key !== key) cached = { key, matcher: createTextMatcher(options) };
  return cached.matcher;
}
