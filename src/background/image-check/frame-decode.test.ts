import { describe, expect, it } from 'vitest';
import { blobFromDataUrl } from './frame-decode';

describe('blobFromDataUrl', () => {
  it('decodes the base64 payload byte for byte, with its type', async () => {
    const bytes = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46];
    const url = `data:image/jpeg;base64,${btoa(String.fromCharCode(...bytes))}`;
    const blob = blobFromDataUrl(url);
    expect(blob.type).toBe('image/jpeg');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual(bytes);
  });

  it('refuses anything but a base64 data URL', () => {
    expect(() => blobFromDataUrl('https://example.com/a.jpg')).toThrow(/data URL/);
    expect(() => blobFromDataUrl('data:image/jpeg,rawtext')).toThrow(/data URL/);
  });
});
