import { nameSkeleton } from './name-skeleton';

/**
 * Lists say "Martin, Paul" or "Paul MARTIN"; meeting clients show "Paul Martin (he/him)" or
 * "Paul Martin - iPhone". A name matches when its skeleton's words, in any order, equal an
 * entry's, or when the entry's words are the start of the shown name.
 */
export function attendeeKey(name: string): string {
  return nameSkeleton(name)
    .replace(/[,;()[\]|/\\"'`]+/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}

export function expectedKeys(names: readonly string[]): Set<string> {
  return new Set(names.map(attendeeKey).filter(Boolean));
}

export function isExpected(name: string, expected: ReadonlySet<string>): boolean {
  if (expected.size === 0) return true;
  if (expected.has(attendeeKey(name))) return true;
  // "Paul Martin - iPhone", "Paul Martin (Guest)": try the leading words alone.
  const words = nameSkeleton(name)
    .replace(/[,;()[\]|/\\"'`]+/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w && w !== '-');
  for (let n = words.length - 1; n >= 1; n--) {
    if (expected.has(words.slice(0, n).sort().join(' '))) return true;
  }
  return false;
}
