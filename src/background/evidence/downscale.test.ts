// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downscaleJpeg } from './downscale';

const original = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
const smaller = new Uint8Array([0xff, 0xd8, 0xff, 9]);

function stubCanvas(width: number, height: number) {
  const drawImage = vi.fn();
  const convertToBlob = vi.fn(async (options: object) => {
    expect(options).toEqual({ type: 'image/jpeg', quality: 0.7 });
    return new Blob([smaller], { type: 'image/jpeg' });
  });
  const sizes: number[][] = [];
  vi.stubGlobal(
    'createImageBitmap',
    vi.fn(async () => ({ width, height, close: vi.fn() })),
  );
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      constructor(w: number, h: number) {
        sizes.push([w, h]);
      }
      getContext() {
        return { drawImage };
      }
      convertToBlob = convertToBlob;
    },
  );
  return { drawImage, sizes };
}

afterEach(() => vi.unstubAllGlobals());

describe('downscaleJpeg', () => {
  it('scales a wide screenshot to 1280 px, keeping the aspect ratio, as JPEG 0.7', async () => {
    const { drawImage, sizes } = stubCanvas(3840, 2160);
    expect([...(await downscaleJpeg(original))]).toEqual([...smaller]);
    expect(sizes).toEqual([[1280, 720]]);
    expect(drawImage).toHaveBeenCalledWith(expect.anything(), 0, 0, 1280, 720);
  });

  it('keeps a frame already narrow enough, and the original when nothing can decode it', async () => {
    const { sizes } = stubCanvas(1280, 800);
    expect(await downscaleJpeg(original)).toBe(original);
    expect(sizes).toEqual([]);
    vi.stubGlobal(
      'createImageBitmap',
      vi.fn(async () => Promise.reject(new Error('bad image'))),
    );
    expect(await downscaleJpeg(original)).toBe(original);
    vi.stubGlobal('createImageBitmap', undefined);
    expect(await downscaleJpeg(original)).toBe(original);
  });
});
