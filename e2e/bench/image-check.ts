import type { BenchBrowser } from './bench-browser';
import { summary, type Summary } from './stats';
import {
  addPhotoTiles,
  availablePhotos,
  drawScreenFrames,
  injectFrameSampler,
  sampleTiles,
  type FrameVerdict,
} from '../support/screen-frames';

export interface ImageCheckOptions {
  /** Measured frames, cycling over the neutral set (screens + photos); default 60. */
  frames?: number;
  /** Frames classified first and not counted (the first one loads the model); default 3. */
  warmUp?: number;
}

/**
 * Per-frame cost of the image check (the headline `{n, p50, p95}`): decode + inference inside
 * the page that runs the model (`verdict.ms`, performance.now() in Chrome's offscreen document).
 */
export interface ImageCheckFigures extends Summary {
  /** Backend init + model load inside that page (the classifier's own clock). */
  loadMs: number;
  /** The background's first classifyFrame: offscreen document created, model loaded, one frame. */
  firstFrameMs: number;
  /** Service worker → offscreen document → service worker, per measured frame (messaging included). */
  roundTrip: Summary;
  backend: string;
  distinctFrames: number;
}

type Hooks = {
  __hostguardTest: {
    classifyFrame(frame: string): Promise<FrameVerdict>;
    imageCheckStatus(): Promise<{ backend: string | null; loadMs: number | null }>;
  };
};

/**
 * `npm run bench`: the image check in the Chrome test build. Neutral frames are drawn and sampled
 * in a page on the bench server by the content script's sampler (share-frames.ts), then fed one
 * at a time to the background's classifyFrame through the test hook, as a share would.
 * Run it before anything else touches the image check, so `firstFrameMs` includes the load.
 */
export async function measureImageCheck(bench: BenchBrowser, options: ImageCheckOptions = {}): Promise<ImageCheckFigures> {
  const { frames: count = 60, warmUp = 3 } = options;
  const frames = await neutralFrames(bench);
  const worker = await bench.extension.serviceWorker();
  // Timed inside the worker, so the CDP round trip of evaluate() is not counted.
  const classifyTimed = (frame: string) =>
    worker.evaluate(async (input) => {
      const started = performance.now();
      const verdict = await (globalThis as unknown as Hooks).__hostguardTest.classifyFrame(input);
      return { verdict, wallMs: performance.now() - started };
    }, frame);

  const first = await classifyTimed(frames[0]!);
  for (let i = 1; i < warmUp; i++) await classifyTimed(frames[i % frames.length]!);
  const inPage: number[] = [];
  const roundTrip: number[] = [];
  for (let i = 0; i < count; i++) {
    const { verdict, wallMs } = await classifyTimed(frames[i % frames.length]!);
    inPage.push(verdict.ms);
    roundTrip.push(wallMs);
  }
  const status = await worker.evaluate(() => (globalThis as unknown as Hooks).__hostguardTest.imageCheckStatus());
  if (status.backend !== 'wasm') throw new Error(`image check ran on ${status.backend}, not wasm`);
  return {
    ...summary(inPage),
    loadMs: status.loadMs ?? NaN,
    firstFrameMs: Math.round(first.wallMs),
    roundTrip: summary(roundTrip),
    backend: status.backend,
    distinctFrames: frames.length,
  };
}

/** One line for the bench's printout. */
export function formatImageCheck(f: ImageCheckFigures): string {
  return (
    `image check (${f.backend}, ${f.distinctFrames} neutral frames): per frame n=${f.n} p50 ${f.p50} ms p95 ${f.p95} ms; ` +
    `round trip p50 ${f.roundTrip.p50} ms p95 ${f.roundTrip.p95} ms; load ${f.loadMs} ms; first frame ${f.firstFrameMs} ms`
  );
}

async function neutralFrames(bench: BenchBrowser): Promise<string[]> {
  const photos = availablePhotos();
  for (const photo of photos) bench.server.route(`/bench-photos/${photo.name}`, photo.bytes, photo.contentType);
  const url = bench.server.route('/bench-frames.html', '<!doctype html><meta charset="utf-8"><body></body>');
  const page = await bench.extension.context.newPage();
  try {
    await page.goto(url);
    await injectFrameSampler(page);
    await drawScreenFrames(page);
    await addPhotoTiles(
      page,
      photos.map(({ name }) => ({ name, url: bench.server.url(`/bench-photos/${name}`) })),
    );
    const samples = await sampleTiles(page);
    const refused = samples.filter((s) => s.frame === null).map((s) => s.name);
    if (refused.length > 0) throw new Error(`the sampler refused ${refused.join(', ')}`);
    return samples.map((s) => s.frame!);
  } finally {
    await page.close();
  }
}
