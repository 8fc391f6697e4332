/**
 * The model itself: nsfwjs MobileNetV2Mid on the tfjs WASM backend, one thread. Runs only in
 * an extension page with a DOM (Chrome's offscreen document, Firefox's background page), never
 * in a content script (the meeting page's CSP would block WASM) nor in Chrome's service worker.
 * Frames are classified here and dropped; nothing leaves the device.
 */
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { load, type NSFWJS } from 'nsfwjs/core';
import { browser } from '../../shared/platform/browser';
import { cspViolations, watchCspViolations } from './csp-watch';
import { blobFromDataUrl } from './frame-decode';
import type { ClassifierStatus } from './messages';
import { NSFW_CLASSES, verdictFromScores, type ImageScores, type ImageVerdict } from './verdict';

/** Emitted by src/build/nsfw-model-plugin.ts (MODEL_DIR, WASM_DIR); the e2e proves they match. */
const MODEL_URL_PATH = 'models/mobilenet_v2_mid/model.json';
const WASM_URL_PATH = 'wasm/';
const INPUT_SIZE = 224;

let loading: Promise<NSFWJS> | undefined;
let loadMs: number | null = null;

async function loadModel(): Promise<NSFWJS> {
  watchCspViolations();
  const started = performance.now();
  // The threaded build is picked by default in extension pages and its workers load from blob:
  // URLs, which the CSP forbids: the page dies in a worker-spawn loop (detection.md §1.4).
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(browser.runtime.getURL(WASM_URL_PATH));
  if (!(await tf.setBackend('wasm'))) {
    throw new Error(`tfjs could not start its WASM backend (${cspViolations().join('; ') || 'no CSP report'})`);
  }
  await tf.ready();
  const model = await load(browser.runtime.getURL(MODEL_URL_PATH), { type: 'graph', size: INPUT_SIZE });
  loadMs = performance.now() - started;
  return model;
}

/** Loads once; a failed load is forgotten so the next frame tries again. */
function classifier(): Promise<NSFWJS> {
  loading ??= loadModel().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export async function classifyFrame(jpegDataUrl: string): Promise<ImageVerdict> {
  const model = await classifier();
  const started = performance.now();
  const bitmap = await createImageBitmap(blobFromDataUrl(jpegDataUrl));
  // Same tfjs-core instance as nsfwjs's (the alias), so it takes the tensor as is.
  const pixels = tf.browser.fromPixels(bitmap);
  try {
    const predictions = await model.classify(pixels, NSFW_CLASSES.length);
    const scores = Object.fromEntries(NSFW_CLASSES.map((name) => [name, 0])) as ImageScores;
    for (const { className, probability } of predictions) {
      // float32 softmax can land a hair outside [0, 1].
      if (className in scores) scores[className as keyof ImageScores] = Math.min(1, Math.max(0, probability));
    }
    return verdictFromScores(scores, performance.now() - started);
  } finally {
    pixels.dispose();
    bitmap.close();
  }
}

export async function classifierStatus(): Promise<ClassifierStatus> {
  const loaded = loadMs !== null;
  return {
    loaded,
    backend: loaded ? tf.getBackend() : null,
    loadMs: loadMs === null ? null : Math.round(loadMs),
    simd: loaded ? Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) : null,
    threads: loaded ? Boolean(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')) : null,
    cspViolations: cspViolations(),
  };
}
