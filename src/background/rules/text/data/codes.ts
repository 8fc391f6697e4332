/**
 * Neo-Nazi numbers and symbols (ADL hate-symbols database), matched on the folded text with
 * digits and punctuation intact, since the word matcher reads digits as leetspeak.
 *
 * Our call on "88" (= HH, "Heil Hitler"): alone it is a room, a score, a jersey, a birth year
 * (Kevin88, Agent 88), so it fires only next to a word that gives it away: Aryan88, HH88,
 * 88_heil, ss 88. "1488" and "14/88" fire anywhere, even glued (john1488) or as a bare number,
 * except inside a longer number (514880), a price (14.88, 14,88) or a run of digit groups
 * (meeting ID 1488 2271 9910).
 */
export interface CodeEntry {
  term: string;
  pattern: RegExp;
}

const GIVEAWAY = ['aryan', 'arian', 'hitler', 'h1tler', 'adolf', 'heil', 'hail', 'sieg', 'nazi', 'reich', 'fuhrer'];
const GIVEAWAY_SHORT = ['hh', 'ss', 'wp', 'skin', 'skinhead', 'white', 'whitepower', 'kkk', 'aryannation', 'ns'];
const WORDS = [...GIVEAWAY, ...GIVEAWAY_SHORT].join('|');
const SEP = String.raw`[\s_\-./|\\]{0,2}`;

export const HATE_CODES: readonly CodeEntry[] = [
  {
    term: '1488',
    pattern: new RegExp(String.raw`(?<![\d.,])(?<!\d[\s\-])14\s*[\s/\\|_\-]?\s*88(?!\d|[.,]\d|[\s\-]\d)`),
  },
  {
    term: '88 (heil hitler)',
    pattern: new RegExp(String.raw`(?<![a-z])(?:${WORDS})${SEP}88(?!\d)|(?<!\d)88${SEP}(?:${WORDS})(?![a-z])`),
  },
  // The right-facing swastika. The left-facing 卍 is the Buddhist manji, common in East Asian
  // names and temples, so it does not fire.
  { term: 'swastika', pattern: /\u5350/u },
  // SS runes written with Greek koppa or runic sowilo.
  { term: 'ss runes', pattern: /\u03df{2}|\u16cb{2}/u },
];

export function matchCode(codes: string): CodeEntry | undefined {
  return HATE_CODES.find((code) => code.pattern.test(codes));
}
