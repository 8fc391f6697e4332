import { createHash } from 'node:crypto';
import { TEST_KEY } from '../../src/build/manifest-for-target';

/**
 * Chromium's id for an unpacked extension with a manifest `key`: sha256 of the DER public key,
 * first 32 hex digits, each mapped 0-f -> a-p.
 */
export function extensionIdFromKey(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

/** The Chrome test build's id (dist/chrome-test carries TEST_KEY). */
export const TEST_EXTENSION_ID = extensionIdFromKey(TEST_KEY);
