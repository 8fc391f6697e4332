import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureOffscreenDocument } from './offscreen';

const SPEC = { path: 'page.html', reasons: ['BLOBS' as chrome.offscreen.Reason], justification: 'test' };

/** A fake chrome.runtime/offscreen whose createDocument takes a tick, like the real one. */
function fakeChrome() {
  const open: string[] = [];
  const createDocument = vi.fn(async ({ url }: { url: string }) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (open.length > 0) throw new Error('Only a single offscreen document may be created.');
    open.push(url);
  });
  vi.stubGlobal('chrome', {
    runtime: {
      getURL: (path: string) => `chrome-extension://id/${path}`,
      getContexts: vi.fn(async ({ documentUrls }: { documentUrls: string[] }) =>
        open.filter((url) => documentUrls.includes(url)).map((url) => ({ documentUrl: url })),
      ),
    },
    offscreen: { createDocument },
  });
  return { open, createDocument };
}

afterEach(() => vi.unstubAllGlobals());

describe('ensureOffscreenDocument', () => {
  it('creates the document once when many frames ask at the same time', async () => {
    const fake = fakeChrome();
    await Promise.all([1, 2, 3, 4].map(() => ensureOffscreenDocument(SPEC)));
    expect(fake.createDocument).toHaveBeenCalledTimes(1);
    expect(fake.open).toEqual(['chrome-extension://id/page.html']);
  });

  it('reuses a document that outlived the service worker', async () => {
    const fake = fakeChrome();
    fake.open.push('chrome-extension://id/page.html');
    await ensureOffscreenDocument(SPEC);
    expect(fake.createDocument).not.toHaveBeenCalled();
  });

  it('reports a creation that really failed, and tries again next time', async () => {
    const fake = fakeChrome();
    fake.createDocument.mockRejectedValueOnce(new Error('offscreen permission missing'));
    await expect(ensureOffscreenDocument(SPEC)).rejects.toThrow(/permission missing/);
    await ensureOffscreenDocument(SPEC);
    expect(fake.open).toHaveLength(1);
  });
});
