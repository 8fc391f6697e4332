/** The bytes of a base64 JPEG data URL (`captureVisibleTab`, the content script's share frames). */
export function jpegBytesOfDataUrl(dataUrl: string): Uint8Array | undefined {
  const match = /^data:image\/jpeg;base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!match) return undefined;
  try {
    const binary = atob(match[1]!);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return isJpeg(bytes) ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** JPEG files start with the SOI marker and another marker: FF D8 FF. */
export function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}
