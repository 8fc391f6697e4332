/**
 * The background's image check: `classifyFrame` takes one sampled frame of a share (a small
 * JPEG data URL from the content script) and returns the model's verdict. Lazy: the first call
 * creates Chrome's offscreen document or, in Firefox, imports the classifier into the
 * background page; later calls reuse the loaded model. Frames never leave the device.
 */
import * as v from 'valibot';
import { classifyRequest, imageCheckSchemas, statusRequest, type ClassifierStatus } from './messages';
import { sendToOffscreen } from './offscreen-host';
import type { ImageVerdict } from './verdict';

export { isExplicit, EXPLICIT_THRESHOLD, type ImageVerdict, type ImageScores } from './verdict';
export type { ClassifierStatus } from './messages';

/** First call includes backend init and model load (~0.2–1.4 s measured; generous for 2 busy cores). */
const TIMEOUT_MS = 20_000;

export async function classifyFrame(jpegDataUrl: string): Promise<ImageVerdict> {
  const frame = checked(imageCheckSchemas().frame, jpegDataUrl, 'frame');
  if (__FIREFOX__) {
    // Firefox's MV3 background is an event page with a DOM: the model runs right here, loaded
    // only when the first frame comes so the background stays small until a share starts.
    return withTimeout((await import('./classifier')).classifyFrame(frame), 'classify');
  }
  const reply = checked(
    imageCheckSchemas().classifyReply,
    await withTimeout(sendToOffscreen(classifyRequest(frame)), 'classify'),
    'reply',
  );
  if (!reply.ok) throw new Error(`image check failed: ${reply.reason}`);
  return reply.verdict;
}

/** Backend, load time and CSP violations of the page running the model (tests and the bench). */
export async function imageCheckStatus(): Promise<ClassifierStatus> {
  if (__FIREFOX__) return (await import('./classifier')).classifierStatus();
  const reply = (await withTimeout(sendToOffscreen(statusRequest()), 'status')) as
    { ok: true; status: ClassifierStatus } | { ok: false; reason: string } | undefined;
  if (!reply?.ok) throw new Error(`image check status failed: ${reply ? reply.reason : 'no reply'}`);
  return reply.status;
}

function checked<S extends v.GenericSchema>(schema: S, value: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new Error(`image check: invalid ${what}: ${v.summarize(result.issues).slice(0, 200)}`);
  return result.output;
}

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`image check ${what} timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
