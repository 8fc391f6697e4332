/**
 * Samples the shared screen for the background's image check: the share surface's <video>,
 * <canvas> or <img> drawn into a 224×224 canvas (the model's input size; it would resize anyway)
 * and returned as a small JPEG data URL (~10–20 kB), because Chrome's runtime messaging is JSON.
 * The frame goes to our own extension only; it is never stored or sent elsewhere.
 */
export const FRAME_SIZE = 224;
const JPEG_QUALITY = 0.8;

export type Drawable = HTMLVideoElement | HTMLCanvasElement | HTMLImageElement;

/** The intrinsic size of what the element would draw now, or null while it has no pixels. */
export function drawableSize(element: Drawable): { width: number; height: number } | null {
  const [width, height] =
    element instanceof HTMLVideoElement
      ? // HAVE_CURRENT_DATA: a frame is decoded; before that drawImage draws nothing.
        element.readyState >= 2
        ? [element.videoWidth, element.videoHeight]
        : [0, 0]
      : element instanceof HTMLImageElement
        ? element.complete
          ? [element.naturalWidth, element.naturalHeight]
          : [0, 0]
        : [element.width, element.height];
  return width > 0 && height > 0 ? { width, height } : null;
}

/**
 * The surface itself when it is drawable, else the largest drawable inside it: a share tile
 * also holds avatars, icons and badges, and the screen is the biggest picture in it.
 */
export function findDrawable(surface: Element): Drawable | null {
  const candidates = isDrawable(surface) ? [surface] : [...surface.querySelectorAll('video, canvas, img')];
  let best: Drawable | null = null;
  let bestArea = 0;
  for (const candidate of candidates) {
    if (!isDrawable(candidate)) continue;
    const size = drawableSize(candidate);
    const area = size ? size.width * size.height : 0;
    if (area > bestArea) [best, bestArea] = [candidate, area];
  }
  return best;
}

function isDrawable(element: Element): element is Drawable {
  return (
    element instanceof HTMLVideoElement || element instanceof HTMLCanvasElement || element instanceof HTMLImageElement
  );
}

let scratch: HTMLCanvasElement | undefined;

/**
 * One frame of the share as a JPEG data URL, or null when there is nothing to draw yet or the
 * pixels may not be read (a cross-origin image or video taints the canvas: toDataURL throws).
 */
export function sampleShareFrame(surface: HTMLElement): string | null {
  const source = findDrawable(surface);
  if (!source) return null;
  scratch ??= Object.assign(surface.ownerDocument.createElement('canvas'), { width: FRAME_SIZE, height: FRAME_SIZE });
  const context = scratch.getContext('2d');
  if (!context) return null;
  try {
    // Stretched, not letterboxed: nsfwjs resizes to a square the same way, without padding.
    context.drawImage(source, 0, 0, FRAME_SIZE, FRAME_SIZE);
    const url = scratch.toDataURL('image/jpeg', JPEG_QUALITY);
    return url.startsWith('data:image/jpeg') ? url : null;
  } catch {
    // SecurityError: tainted by cross-origin pixels. Not an error: this share cannot be checked.
    return null;
  }
}
