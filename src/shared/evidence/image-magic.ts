/**
 * Image signatures, so a bundle that must hold no image can refuse one whatever its declared
 * type, and a test can scan a whole archive for them.
 */
const SIGNATURES: readonly (readonly number[])[] = [
  [0xff, 0xd8, 0xff], // JPEG
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

const at = (bytes: Uint8Array, offset: number, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[offset + i] === byte);

/** The bytes start like an image file (JPEG, PNG, GIF, WebP). */
export function looksLikeImage(bytes: Uint8Array): boolean {
  return SIGNATURES.some((signature) => at(bytes, 0, signature)) || (at(bytes, 0, RIFF) && at(bytes, 8, WEBP));
}

/** Offset of the first JPEG or PNG signature anywhere in `bytes`, or -1. */
export function findImageSignature(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0xff && bytes[i] !== 0x89) continue;
    if (at(bytes, i, SIGNATURES[0]!) || at(bytes, i, SIGNATURES[1]!)) return i;
  }
  return -1;
}
