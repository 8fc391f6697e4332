/**
 * Chrome: the classifier lives in an offscreen document (the service worker cannot run tfjs:
 * no DOM, no canvas). Created on the first frame, then kept: only AUDIO_PLAYBACK documents are
 * closed by Chrome on their own.
 */
import { browser } from '../../shared/platform/browser';
import { ensureOffscreenDocument } from '../../shared/platform/offscreen';
import type { ImageCheckRequest } from './messages';

const OFFSCREEN = {
  path: 'src/background/image-check/offscreen.html',
  // No reason names "run a model". BLOBS is the documented one that is true of the work: each
  // frame is decoded from a Blob (createImageBitmap) and read back through a canvas. Not
  // WORKERS (we stay single-threaded on purpose) and not DOM_PARSER (we parse no HTML).
  reasons: ['BLOBS' as chrome.offscreen.Reason],
  justification:
    'Classifies sampled screen-share frames on the device (decoded from Blobs) to warn the host of explicit imagery.',
};

/** The document's listener can lag its creation by a moment; a missing receiver is retried briefly. */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;
const RETRIES = 10;
const RETRY_MS = 50;

export async function sendToOffscreen(request: ImageCheckRequest): Promise<unknown> {
  await ensureOffscreenDocument(OFFSCREEN);
  for (let attempt = 0; ; attempt++) {
    try {
      return await browser.runtime.sendMessage(request);
    } catch (error) {
      if (attempt >= RETRIES || !NO_RECEIVER.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}
