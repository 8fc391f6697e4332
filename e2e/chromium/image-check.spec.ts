import type { ClassifierStatus } from '../../src/background/image-check/messages';
import type { Page, Worker } from '@playwright/test';
import { isExplicit } from '../../src/background/image-check/verdict';
import { expect, test } from '../support/fixtures';
import {
  ONE_PIXEL_PNG,
  addPhotoTiles,
  availablePhotos,
  drawScreenFrames,
  formatVerdicts,
  injectFrameSampler,
  sampleTiles,
  type FrameVerdict,
} from '../support/screen-frames';
import type { StaticServer } from '../support/server';

type HookGlobal = {
  __hostguardTest: {
    classifyFrame(frame: string): Promise<FrameVerdict>;
    imageCheckStatus(): Promise<ClassifierStatus>;
  };
};

const classify = (worker: Worker, frames: string[]) =>
  worker.evaluate(
    (list) =>
      Promise.all(list.map((frame) => (globalThis as unknown as HookGlobal).__hostguardTest.classifyFrame(frame))),
    frames,
  );

/** A plain page on the test server, with the content script's sampler in it. */
async function framesPage(server: StaticServer, page: Page): Promise<void> {
  server.route('/frames.html', '<!doctype html><meta charset="utf-8"><title>frames</title><body></body>');
  await page.goto(server.url('/frames.html'));
  await injectFrameSampler(page);
}

test('the image check runs on WASM in the offscreen document and labels ordinary screens and photos safe', async ({
  extension,
  server,
}) => {
  test.setTimeout(120_000);
  const photos = availablePhotos();
  for (const photo of photos) server.route(`/photos/${photo.name}`, photo.bytes, photo.contentType);
  const page = await extension.context.newPage();
  await framesPage(server, page);
  await drawScreenFrames(page);
  await addPhotoTiles(
    page,
    photos.map(({ name }) => ({ name, url: server.url(`/photos/${name}`) })),
  );
  const samples = await sampleTiles(page);
  for (const { name, frame } of samples) expect(frame, `the sampler drew ${name}`).toMatch(/^data:image\/jpeg;base64,/);
  const frames = samples.map((s) => s.frame!);

  const worker = await extension.serviceWorker();
  const before = await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }));
  expect(before, 'lazy: no offscreen document before the first frame').toHaveLength(0);

  // The first frames arrive together: the offscreen document must be created exactly once.
  const started = Date.now();
  const firstThree = await classify(worker, frames.slice(0, 3));
  const firstCallMs = Date.now() - started;
  const documents = await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }));
  expect(documents.map((d) => new URL(d.documentUrl!).pathname)).toEqual([
    '/src/background/image-check/offscreen.html',
  ]);

  const rest: FrameVerdict[] = [];
  for (const frame of frames.slice(3)) rest.push(...(await classify(worker, [frame])));
  const verdicts = [...firstThree, ...rest];
  const rows = samples.map(({ name }, i) => ({ name, verdict: verdicts[i]! }));

  const status = await worker.evaluate(() => (globalThis as unknown as HookGlobal).__hostguardTest.imageCheckStatus());
  console.log(
    `[image-check] ${frames.length} frames (${photos.length} photos${photos.length ? '' : ': python3-skimage not installed'}), ` +
      `backend ${status.backend}, simd ${status.simd}, threads ${status.threads}, load ${status.loadMs} ms, ` +
      `first call (doc + load + 3 frames) ${firstCallMs} ms\n${formatVerdicts(rows)}`,
  );

  expect(status).toMatchObject({ loaded: true, backend: 'wasm', simd: true, threads: false, cspViolations: [] });
  for (const { name, verdict } of rows) {
    expect(verdict.explicit, `${name} is not explicit`).toBe(false);
    expect(verdict.scores.Neutral + verdict.scores.Drawing, `${name} is mostly safe classes`).toBeGreaterThan(0.5);
  }
  expect(isExplicit(verdicts), 'the two-in-a-row rule over the whole run').toBe(false);
});

test('the sampler reads a live <video>, and refuses a tainted canvas or a video with no frame yet', async ({
  extension,
  server,
}) => {
  server.route('/pixel.png', ONE_PIXEL_PNG, 'image/png');
  const page = await extension.context.newPage();
  await framesPage(server, page);
  // Same server under another origin (localhost vs 127.0.0.1): its image taints the canvas.
  const crossOrigin = server.url('/pixel.png').replace('127.0.0.1', 'localhost');
  const result = await page.evaluate(async (foreignImage) => {
    const sampler = (
      globalThis as unknown as { __hostguardSampler: { sampleShareFrame(el: HTMLElement): string | null } }
    ).__hostguardSampler;
    const tile = (child: Element) => {
      const div = document.createElement('div');
      div.append(child);
      document.body.append(div);
      return div;
    };
    // A share arrives as a MediaStream in a <video>: here a canvas stream with a slide on it.
    const source = Object.assign(document.createElement('canvas'), { width: 1280, height: 720 });
    const g = source.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 1280, 720);
    g.fillStyle = '#1f3b73';
    g.font = 'bold 60px sans-serif';
    g.fillText('Ordre du jour', 80, 120);
    const stream = source.captureStream(10);
    const notStarted = document.createElement('video');
    const idle = sampler.sampleShareFrame(tile(notStarted));
    const video = Object.assign(document.createElement('video'), { muted: true, srcObject: stream });
    const videoTile = tile(video);
    await video.play();
    while (video.readyState < 2) await new Promise((resolve) => requestAnimationFrame(resolve));
    const live = sampler.sampleShareFrame(videoTile);
    const img = Object.assign(document.createElement('img'), { src: foreignImage });
    await img.decode();
    const tainted = sampler.sampleShareFrame(tile(img));
    return { idle, live, tainted };
  }, crossOrigin);

  expect(result.idle, 'a video with no decoded frame').toBeNull();
  expect(result.tainted, 'a cross-origin image taints the canvas').toBeNull();
  expect(result.live).toMatch(/^data:image\/jpeg;base64,/);
  const worker = await extension.serviceWorker();
  const [verdict] = await classify(worker, [result.live!]);
  expect(verdict!.explicit).toBe(false);
});
