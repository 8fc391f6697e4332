/**
 * Screenshots are stored at most 1280 px wide, JPEG quality 0.7 (reliability-security.md §4:
 * typically 100–300 KB). Chrome's service worker has OffscreenCanvas and createImageBitmap; the
 * Firefox background page has both too, and a DOM canvas as a fallback. Where none works the
 * original JPEG is kept: a large frame beats no frame.
 */
export const MAX_FRAME_WIDTH = 1280;
const QUALITY = 0.7;

export async function downscaleJpeg(bytes: Uint8Array, maxWidth = MAX_FRAME_WIDTH): Promise<Uint8Array> {
  if (typeof createImageBitmap !== 'function') return bytes;
  let bitmap: ImageBitmap | undefined;
  try {
    bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }));
    if (bitmap.width <= maxWidth) return bytes;
    const width = maxWidth;
    const height = Math.max(1, Math.round((bitmap.height * maxWidth) / bitmap.width));
    const blob = await encode(bitmap, width, height);
    return blob ? new Uint8Array(await blob.arrayBuffer()) : bytes;
  } catch {
    return bytes;
  } finally {
    bitmap?.close();
  }
}

async function encode(bitmap: ImageBitmap, width: number, height: number): Promise<Blob | undefined> {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.drawImage(bitmap, 0, 0, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
  }
  if (typeof document === 'undefined') return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? undefined), 'image/jpeg', QUALITY));
}
