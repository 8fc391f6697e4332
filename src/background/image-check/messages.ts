import * as v from 'valibot';
import { FrameSchema } from '../../shared/protocol/schemas';
import { LIMITS } from '../../shared/protocol/limits';
import { NSFW_CLASSES, type ImageVerdict, type NsfwClass } from './verdict';

/**
 * Messages between the background and the page that runs the model (Chrome's offscreen
 * document). They ride `runtime.sendMessage`, which every extension page hears, so each carries a
 * `target` and a direction-prefixed type; the meeting protocol's receivers ignore this direction.
 */
export const IMAGE_CHECK_TARGET = 'hostguard-image-check';
export const IMAGE_CHECK_VERSION = 1;

/** A 224×224 JPEG is 10–30 kB; far larger means it is not one of our samples. */
export const MAX_FRAME_CHARS = LIMITS.frame;

/** What the page running the model reports about itself (tests check the backend and the CSP). */
export interface ClassifierStatus {
  loaded: boolean;
  /** tfjs backend in use: must be 'wasm' (tfjs falls back to cpu/webgl silently otherwise). */
  backend: string | null;
  /** Backend init + model load, in ms, or null before the first load. */
  loadMs: number | null;
  simd: boolean | null;
  threads: boolean | null;
  /** `securitypolicyviolation` events seen in that page, as "directive blocked-uri". */
  cspViolations: string[];
}

export type ClassifyReply = { ok: true; verdict: ImageVerdict } | { ok: false; reason: string };
export type StatusReply = { ok: true; status: ClassifierStatus } | { ok: false; reason: string };

/**
 * The schemas, built on first use: valibot calls at module level count as side effects for
 * tree-shaking, and would stay in every background bundle (store builds included) that merely
 * imports the image check without calling it.
 */
function makeSchemas() {
  const head = <T extends string>(type: T) => ({
    target: v.literal(IMAGE_CHECK_TARGET),
    type: v.literal(type),
    v: v.literal(IMAGE_CHECK_VERSION),
  });
  // The same frame the content script may send (shared protocol), checked again at this hop.
  const frame = FrameSchema;
  const probability = v.pipe(
    v.number(),
    v.check((p) => p >= 0 && p <= 1),
  );
  const scores = v.strictObject(
    Object.fromEntries(NSFW_CLASSES.map((name) => [name, probability])) as Record<NsfwClass, typeof probability>,
  );
  return {
    frame,
    request: v.variant('type', [
      v.strictObject({ ...head('bg-offscreen/classify'), frame }),
      v.strictObject({ ...head('bg-offscreen/status') }),
    ]),
    /** The background checks replies too: a crashed page or an old version must not pass as a verdict. */
    classifyReply: v.variant('ok', [
      v.strictObject({
        ok: v.literal(true),
        verdict: v.strictObject({ explicit: v.boolean(), scores, ms: v.pipe(v.number(), v.minValue(0)) }),
      }),
      v.strictObject({ ok: v.literal(false), reason: v.pipe(v.string(), v.maxLength(500)) }),
    ]),
  };
}

let schemas: ReturnType<typeof makeSchemas> | undefined;
export const imageCheckSchemas = () => (schemas ??= makeSchemas());
export type ImageCheckRequest = v.InferOutput<ReturnType<typeof makeSchemas>['request']>;

export function classifyRequest(frame: string): ImageCheckRequest {
  return { target: IMAGE_CHECK_TARGET, type: 'bg-offscreen/classify', v: IMAGE_CHECK_VERSION, frame };
}

export function statusRequest(): ImageCheckRequest {
  return { target: IMAGE_CHECK_TARGET, type: 'bg-offscreen/status', v: IMAGE_CHECK_VERSION };
}

/** True for anything addressed to the image check, valid or not (others' messages are left alone). */
export function isForImageCheck(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { target?: unknown }).target === IMAGE_CHECK_TARGET;
}
