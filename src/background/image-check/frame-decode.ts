/**
 * A sampled frame arrives as a JPEG data URL (Chrome's runtime messaging is JSON, so no
 * ArrayBuffer survives it). Decoding to a Blob, then an ImageBitmap, needs no fetch and no <img>.
 */
export function blobFromDataUrl(dataUrl: string): Blob {
  const match = /^data:([a-z]+\/[a-z0-9.+-]+);base64,/i.exec(dataUrl);
  if (!match) throw new Error('not a base64 data URL');
  const binary = atob(dataUrl.slice(match[0].length));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: match[1] });
}
