/*
 * Meet's class names are obfuscated and rotate between builds (`KV1GEc`, `cxdMu`, `zWGUib`...:
 * meeting-dom.md §2.0, Vexa selectors "may rotate", 2026). The replica draws fresh ones on every
 * mount so that nothing built on them can pass its tests: adapters must use roles, aria-labels,
 * jsname and data-* attributes.
 */

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export type ClassNames = (part: string) => string;

/** One obfuscated token per UI part, stable for this mount, different on the next. */
export function rotatingClassNames(random: () => number = Math.random): ClassNames {
  const tokens = new Map<string, string>();
  const used = new Set<string>();
  const token = (): string => {
    let out = '';
    // First character a letter, as Closure's renamed classes are ("cxdMu", "KV1GEc").
    out += ALPHABET[Math.floor(random() * 52)];
    for (let i = 0; i < 5; i++) out += ALPHABET[Math.floor(random() * ALPHABET.length)];
    return used.has(out) ? token() : (used.add(out), out);
  };
  return (part) => {
    let value = tokens.get(part);
    if (!value) {
      value = `${token()} ${token()}`;
      tokens.set(part, value);
    }
    return value;
  };
}
