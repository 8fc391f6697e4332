import type { ClassifierStatus } from '../../src/background/image-check/messages';
import type { Page } from 'puppeteer-core';
import { isExplicit } from '../../src/background/image-check/verdict';
import { expect, test } from '../support/firefox-fixtures';
import {
  addPhotoTiles,
  availablePhotos,
  drawScreenFrames,
  formatVerdicts,
  injectFrameSampler,
  sampleTiles,
  type FrameVerdict,
} from '../support/screen-frames';

type BackgroundHooks = {
  __hostguardTest?: {
    classifyFrame(frame: string): Promise<FrameVerdict>;
    imageCheckStatus(): Promise<ClassifierStatus>;
  };
};
type ExtensionPage = { browser: { runtime: { getBackgroundPage(): Promise<BackgroundHooks> } } };

/** Calls the background page's hook from an extension tab; JSON round trip: objects of another global. */
function inBackground<R>(page: Page, call: 'classify' | 'status', frame?: string): Promise<R> {
  return page.evaluate(
    async (which: string, input: string | undefined) => {
      const background = await (globalThis as unknown as ExtensionPage).browser.runtime.getBackgroundPage();
      const hooks = background.__hostguardTest;
      if (!hooks) throw new Error('No __hostguardTest in the background: is this a test build?');
      const result = which === 'classify' ? await hooks.classifyFrame(input!) : await hooks.imageCheckStatus();
      return JSON.parse(JSON.stringify(result));
    },
    call,
    frame,
  ) as Promise<R>;
}

test('Firefox: the image check runs on WASM in the background page and labels ordinary screens and photos safe', async ({
  firefox,
  server,
}) => {
  test.setTimeout(120_000);
  const photos = availablePhotos();
  for (const photo of photos) server.route(`/photos/${photo.name}`, photo.bytes, photo.contentType);
  server.route('/frames.html', '<!doctype html><meta charset="utf-8"><title>frames</title><body></body>');
  const page = await firefox.browser.newPage();
  await page.goto(server.url('/frames.html'));
  await injectFrameSampler(page);
  await drawScreenFrames(page);
  await addPhotoTiles(
    page,
    photos.map(({ name }) => ({ name, url: server.url(`/photos/${name}`) })),
  );
  const samples = await sampleTiles(page);
  for (const { name, frame } of samples) expect(frame, `the sampler drew ${name}`).toMatch(/^data:image\/jpeg;base64,/);

  const extensionPage = await firefox.panel();
  const started = Date.now();
  const verdicts: FrameVerdict[] = [];
  for (const { frame } of samples) verdicts.push(await inBackground<FrameVerdict>(extensionPage, 'classify', frame!));
  const totalMs = Date.now() - started;
  const rows = samples.map(({ name }, i) => ({ name, verdict: verdicts[i]! }));
  const status = await inBackground<ClassifierStatus>(extensionPage, 'status');
  console.log(
    `[image-check firefox] ${samples.length} frames (${photos.length} photos), backend ${status.backend}, ` +
      `simd ${status.simd}, threads ${status.threads}, load ${status.loadMs} ms, all frames ${totalMs} ms\n${formatVerdicts(rows)}`,
  );

  expect(status).toMatchObject({ loaded: true, backend: 'wasm', simd: true, threads: false, cspViolations: [] });
  for (const { name, verdict } of rows) expect(verdict.explicit, `${name} is not explicit`).toBe(false);
  expect(isExplicit(verdicts)).toBe(false);
});
