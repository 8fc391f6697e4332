import unhomoglyph from 'unhomoglyph';

/**
 * A UTS #39-style skeleton: two names that look alike on screen get the same skeleton, so
 * "Аlex" (Cyrillic А) or "Al\u200Bex" is recognised as "Alex" coming back.
 */
export function nameSkeleton(name: string): string {
  const visible = name.normalize('NFKC').replace(/\p{Cf}/gu, '');
  return unhomoglyph(visible).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}
