import { remove as removeConfusables } from 'confusables';

/**
 * Undoes the usual disguises of a hostile name or chat line so one word list can match it:
 * look-alike letters, accents, hidden characters, spaced or dotted letters, stretched letters,
 * leetspeak. Pure and allocation-light: the background runs it on every name and message.
 */

/**
 * Format characters plus the invisible letters and fillers used to split or blank words.
 * Invisible marks (variation selectors, the combining grapheme joiner) go with the accents.
 */
const HIDDEN = /[\p{Cf}\u115f\u1160\u2800\u3164\uffa0]/gu;
const MARKS = /\p{M}/gu;

/**
 * Letters that neither NFD nor `confusables` turn into plain Latin the way a reader would.
 * ß and ı go before `confusables`, which reads them as "B" and "l" (Straße, Yıldız).
 */
const BEFORE_CONFUSABLES: Record<string, string> = { ß: 'ss', ẞ: 'ss', ı: 'i' };
const AFTER_CONFUSABLES: Record<string, string> = { æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th' };
const mapChars = (text: string, table: Record<string, string>, pattern: RegExp) =>
  text.replace(pattern, (char) => table[char] ?? char);
const BEFORE_PATTERN = /[ßẞı]/g;
const AFTER_PATTERN = /[æœøłđðþ]/g;

/** NFKC, hidden characters out, look-alikes to Latin, accents off, lower case. */
export function fold(text: string): string {
  const visible = mapChars(text.normalize('NFKC').replace(HIDDEN, ''), BEFORE_CONFUSABLES, BEFORE_PATTERN);
  const latin = removeConfusables(visible).normalize('NFD').replace(MARKS, '').toLowerCase();
  return mapChars(latin, AFTER_CONFUSABLES, AFTER_PATTERN);
}

/**
 * "f u c k", "p.u.t.e", "1 4 8 8" → "fuck", "pute", "1488": three or more one-character
 * tokens with short separators between them. Two ("J. R. Smith") are left alone.
 */
const SPACED_RUN = /(?<![\p{L}\p{N}@$])[\p{L}\p{N}@$](?:[^\p{L}\p{N}@$*]{1,3}[\p{L}\p{N}@$](?![\p{L}\p{N}@$])){2,}/gu;
const NOT_WORD = /[^\p{L}\p{N}@$]/gu;
export function joinSpacedLetters(text: string): string {
  return text.replace(SPACED_RUN, (run) => run.replace(NOT_WORD, ''));
}

/**
 * Leetspeak, only inside tokens that already hold a letter, so "1488", "Agent 007" and prices
 * keep their digits (codes are matched on digits). "!" counts only between letters ("sh!t"),
 * never as the exclamation mark that ends "shit!".
 */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
};
const TOKEN = /[\p{L}\p{N}@$!]+/gu;
const HAS_LETTER = /\p{L}/u;
const LEET_CHAR = /[013457-9@$]|(?<=[\p{L}\p{N}@$])!(?=[\p{L}\p{N}@$])/gu;
export function resolveLeet(text: string, one: 'i' | 'l' = 'i'): string {
  return text.replace(TOKEN, (token) =>
    HAS_LETTER.test(token)
      ? token.replace(LEET_CHAR, (char) => (char === '!' ? 'i' : char === '1' ? one : LEET[char]!))
      : token,
  );
}

/** True when a token mixes "1" with letters, so "1" might be an "l" ("sa1ope") as well as an "i". */
const ONE_IN_WORD = /\p{L}[\p{L}\p{N}]*1|1[\p{L}\p{N}]*\p{L}/u;

/**
 * Runs of three or more of one letter ("SALOOOOPE", "fuuuuck"), cut to `keep` letters. Only
 * runs of three: real words rarely have them (Schifffahrt), while doubles are spelling
 * (Cockburn, shiitake). Digits are never cut: "1000" is not "10".
 */
const RUN_OF_THREE = /([a-z])\1{2,}/g;
export function collapseRuns(text: string, keep: 1 | 2): string {
  return text.replace(RUN_OF_THREE, (_run, letter: string) => letter.repeat(keep));
}
const hasRunOfThree = (text: string) => /([a-z])\1{2,}/.test(text);

/** Punctuation and space runs → one space, so "nique-ta-mère" and "t'es" read as words. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
export function tidySeparators(text: string): string {
  return text.replace(SEPARATORS, ' ').trim();
}

/** A list term as the matcher reads it: folded, leet resolved and tidied, like the text. */
export function normaliseTerm(term: string): string {
  return tidySeparators(resolveLeet(fold(term)));
}

export interface TextViews {
  /** Folded, spaced letters joined, digits and punctuation kept: for codes such as 14/88. */
  codes: string;
  /** Folded and leet-resolved, masks kept ("f*ck"): for masked words. */
  masked: string;
  /** The readings matched against the word lists; the first is the main one. */
  words: string[];
}

/** Every reading of `text` worth matching: usually one, up to four for "sa1oooope"-style names. */
export function textViews(text: string): TextViews {
  const codes = joinSpacedLetters(fold(text));
  const ones: ('i' | 'l')[] = ONE_IN_WORD.test(codes) ? ['i', 'l'] : ['i'];
  const words: string[] = [];
  for (const one of ones) {
    const leet = resolveLeet(codes, one);
    const keeps: (1 | 2)[] = hasRunOfThree(leet) ? [1, 2] : [1];
    for (const keep of keeps) words.push(tidySeparators(collapseRuns(leet, keep)));
  }
  return { codes, masked: resolveLeet(fold(text)), words };
}

/** The main reading: what a name "says" once its disguise is taken off. */
export function normalise(text: string): string {
  return textViews(text).words[0]!;
}
