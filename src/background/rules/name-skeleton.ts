import unhomoglyph from 'unhomoglyph';

const memo = new Map<string, string>();
const MEMO_SIZE = 4096;

/**
 * A UTS #39-style skeleton: two names that look alike on screen get the same skeleton, so
 * "Аlex" (Cyrillic А) or "Al\u200Bex" is recognised as "Alex" coming back. Memoised: a raid
 * compares every joiner with the whole roster, and names repeat.
 */
export function nameSkeleton(name: string): string {
  const known = memo.get(name);
  if (known !== undefined) return known;
  const visible = name.normalize('NFKC').replace(/\p{Cf}/gu, '');
  const skeleton = unhomoglyph(visible)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(name, skeleton);
  return skeleton;
}
