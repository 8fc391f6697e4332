import { normaliseTerm } from './normalise';
import type { TermEntry, TermMeta } from './term-entry';

/**
 * Masked words: "f*ck", "sh#t", "n***er", "p%te". A masked token starts with a letter and hides
 * at most half of itself; it stands for every target of its length that agrees with each letter
 * it shows. Chat emphasis ("*waves*"), hashtags and maths ("2*3") do not qualify. "?" is not a
 * mask: it ends questions.
 */
const MASK_CHARS = '*#%';
const MASKED_TOKEN = /(?<![a-z*#%])[a-z][a-z*#%]*[*#%][a-z*#%]*(?![a-z*#%])/g;

export interface MaskTarget {
  word: string;
  meta: TermMeta;
}

export class MaskedWords {
  private readonly byLength = new Map<number, MaskTarget[]>();

  constructor(targets: readonly MaskTarget[]) {
    for (const target of targets) {
      if (!/^[a-z]{4,}$/.test(target.word)) continue;
      const list = this.byLength.get(target.word.length) ?? [];
      if (!list.some((known) => known.word === target.word)) list.push(target);
      this.byLength.set(target.word.length, list);
    }
  }

  /** Every target a masked token of `masked` could stand for (a text view with masks kept). */
  find(masked: string): TermMeta[] {
    if (!/[*#%]/.test(masked)) return [];
    const found: TermMeta[] = [];
    for (const [token] of masked.matchAll(MASKED_TOKEN)) {
      const hidden = [...token].filter((char) => MASK_CHARS.includes(char)).length;
      if (hidden * 2 > token.length) continue;
      for (const target of this.byLength.get(token.length) ?? []) {
        if ([...token].every((char, i) => MASK_CHARS.includes(char) || char === target.word[i]))
          found.push(target.meta);
      }
    }
    return found;
  }
}

/** One-word terms and patterns of our lists, as mask targets ("|pute|" → "pute"). */
export function maskTargetsOf(list: readonly TermEntry[], organisation = false): MaskTarget[] {
  return list.flatMap((entry) => {
    const meta: TermMeta = { term: entry.term, category: entry.category, ...(organisation ? { organisation } : {}) };
    const words = [entry.term, ...(entry.patterns ?? [])].map((pattern) => normaliseTerm(pattern.replace(/\|/g, '')));
    return words.filter((word) => !word.includes(' ')).map((word) => ({ word, meta }));
  });
}
