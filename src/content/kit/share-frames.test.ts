import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawableSize, findDrawable, sampleShareFrame } from './share-frames';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function video(width: number, height: number, readyState = 4): HTMLVideoElement {
  const element = document.createElement('video');
  Object.defineProperties(element, {
    videoWidth: { value: width },
    videoHeight: { value: height },
    readyState: { value: readyState },
  });
  return element;
}

function image(width: number, height: number, complete = true): HTMLImageElement {
  const element = document.createElement('img');
  Object.defineProperties(element, {
    naturalWidth: { value: width },
    naturalHeight: { value: height },
    complete: { value: complete },
  });
  return element;
}

function canvas(width: number, height: number): HTMLCanvasElement {
  return Object.assign(document.createElement('canvas'), { width, height });
}

function tile(...children: Element[]): HTMLElement {
  const element = document.createElement('div');
  element.append(...children);
  document.body.append(element);
  return element;
}

describe('drawableSize', () => {
  it('is null until a video has a decoded frame or an image has loaded', () => {
    expect(drawableSize(video(1280, 720, 1))).toBeNull();
    expect(drawableSize(video(1280, 720, 2))).toEqual({ width: 1280, height: 720 });
    expect(drawableSize(image(640, 480, false))).toBeNull();
    expect(drawableSize(image(640, 480))).toEqual({ width: 640, height: 480 });
    expect(drawableSize(canvas(0, 150))).toBeNull();
  });
});

describe('findDrawable', () => {
  it('picks the largest picture in the share tile, not the avatar beside it', () => {
    const screen = video(1920, 1080);
    expect(findDrawable(tile(image(48, 48), screen, canvas(300, 150)))).toBe(screen);
  });

  it('takes the surface itself when it is the video', () => {
    const screen = video(1280, 720);
    expect(findDrawable(screen)).toBe(screen);
  });

  it('finds nothing when no element has pixels yet', () => {
    expect(findDrawable(tile(video(1280, 720, 0), image(100, 100, false)))).toBeNull();
    expect(findDrawable(tile(document.createElement('span')))).toBeNull();
  });
});

describe('sampleShareFrame', () => {
  it('draws the source into a 224×224 canvas and returns a JPEG data URL', () => {
    const drawImage = vi.fn();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage } as never);
    const toDataURL = vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(function (
      this: HTMLCanvasElement,
    ) {
      return `data:image/jpeg;base64,${this.width}x${this.height}`;
    });
    const screen = video(1280, 720);
    expect(sampleShareFrame(tile(screen))).toBe('data:image/jpeg;base64,224x224');
    expect(drawImage).toHaveBeenCalledWith(screen, 0, 0, 224, 224);
    expect(toDataURL).toHaveBeenCalledWith('image/jpeg', expect.any(Number));
  });

  it('returns null when the canvas is tainted by a cross-origin source', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage: vi.fn() } as never);
    vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(() => {
      throw new DOMException('Tainted canvases may not be exported.', 'SecurityError');
    });
    expect(sampleShareFrame(tile(image(800, 600)))).toBeNull();
  });

  it('returns null when there is nothing drawable, without touching a canvas', () => {
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext');
    expect(sampleShareFrame(tile(video(1280, 720, 0)))).toBeNull();
    expect(getContext).not.toHaveBeenCalled();
  });

  it('returns null when the browser cannot encode JPEG (toDataURL falls back to PNG)', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage: vi.fn() } as never);
    vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,AAAA');
    expect(sampleShareFrame(tile(canvas(640, 360)))).toBeNull();
  });
});
