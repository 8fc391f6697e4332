/**
 * Characters a display name can carry without showing them: bidi controls that reorder what the
 * host reads (Trojan Source, CVE-2021-42574) and invisible characters used to fake or blank a
 * name. See reliability-security.md §5.2. Pure; no DOM.
 */
export type HiddenCharKind = 'bidi' | 'invisible';

const BIDI_RANGES: readonly (readonly [number, number])[] = [
  [0x061c, 0x061c], // ARABIC LETTER MARK
  [0x200e, 0x200f], // LRM, RLM
  [0x202a, 0x202e], // LRE, RLE, PDF, LRO, RLO
  [0x2066, 0x2069], // LRI, RLI, FSI, PDI
];

/** Invisible in most fonts yet not a space: zero-width, fillers, selectors, tags. */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x115f, 0x1160], // Hangul choseong/jungseong fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x200b, 0x200d], // ZWSP, ZWNJ, ZWJ
  [0x2028, 0x2029], // line and paragraph separators
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x206a, 0x206f], // deprecated format characters
  [0x2800, 0x2800], // braille blank: a popular "empty" name
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors 1–16
  [0xfeff, 0xfeff], // zero-width no-break space (BOM)
  [0xffa0, 0xffa0], // halfwidth Hangul filler
  [0xfff9, 0xfffb], // interlinear annotation controls
  [0x1d173, 0x1d17a], // musical format characters
  [0xe0000, 0xe007f], // tag characters (can smuggle hidden text)
  [0xe0100, 0xe01ef], // variation selectors 17–256 (can smuggle hidden text)
];

const inRanges = (cp: number, ranges: readonly (readonly [number, number])[]) =>
  ranges.some(([from, to]) => cp >= from && cp <= to);

const CONTROL_OR_FORMAT = /^[\p{Cc}\p{Cf}]$/u;

/** Which kind of hidden character `cp` is, or undefined for an ordinary visible one. */
export function hiddenKind(cp: number): HiddenCharKind | undefined {
  if (inRanges(cp, BIDI_RANGES)) return 'bidi';
  if (inRanges(cp, INVISIBLE_RANGES)) return 'invisible';
  // Every other control (newline, NUL, C1) or format character is hidden too.
  return CONTROL_OR_FORMAT.test(String.fromCodePoint(cp)) ? 'invisible' : undefined;
}

/** The visible stand-in for a hidden character, e.g. `⟨U+202E⟩`. */
export function markerFor(cp: number): string {
  return `\u27e8U+${cp.toString(16).toUpperCase().padStart(4, '0')}\u27e9`;
}

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const KEYCAP_BASE = /^[#*0-9]$/u;
/** Scripts whose spelling needs ZWNJ (Persian, Indic): marking it there would mangle real names. */
const ZWNJ_SCRIPTS =
  /^[\p{sc=Arabic}\p{sc=Syriac}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Gurmukhi}\p{sc=Gujarati}\p{sc=Oriya}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Kannada}\p{sc=Malayalam}\p{sc=Sinhala}]$/u;

const isPictographic = (cp: number | undefined) => cp !== undefined && PICTOGRAPHIC.test(String.fromCodePoint(cp));
const is = (cp: number | undefined, pattern: RegExp) => cp !== undefined && pattern.test(String.fromCodePoint(cp));

/**
 * True when a hidden character at `index` of one grapheme cluster is ordinary spelling, not a
 * trick: ZWJ inside an emoji sequence (👨‍👩‍👧), one emoji/text presentation selector after an
 * emoji or keycap base (❤️, 1️⃣), the tag letters of a subdivision flag (🏴 England), and ZWNJ
 * in scripts that need it. Anything else stays marked.
 */
export function isBenignInCluster(cluster: readonly number[], index: number): boolean {
  const cp = cluster[index]!;
  const before = cluster[index - 1];
  const after = cluster[index + 1];
  if (cp === 0x200d) return isPictographic(previousBase(cluster, index)) && isPictographic(after);
  if (cp === 0xfe0f || cp === 0xfe0e) return isPictographic(before) || is(before, KEYCAP_BASE);
  if (cp >= 0xe0020 && cp <= 0xe007f) return cluster[0] === 0x1f3f4 && cluster.length <= 8;
  if (cp === 0x200c) return is(before, ZWNJ_SCRIPTS) || is(after, ZWNJ_SCRIPTS);
  return false;
}

/** The code point before `index`, skipping a presentation selector or skin-tone modifier. */
function previousBase(cluster: readonly number[], index: number): number | undefined {
  let i = index - 1;
  while (i > 0 && (cluster[i] === 0xfe0f || (cluster[i]! >= 0x1f3fb && cluster[i]! <= 0x1f3ff))) i--;
  return cluster[i];
}
