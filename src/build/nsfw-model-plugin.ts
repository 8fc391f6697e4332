import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Plugin } from 'vite';

/**
 * nsfwjs imports all of @tensorflow/tfjs; it needs only core + the graph loader (tfjs-slim.ts):
 * 560 kB instead of 1.26 MB. Every build that bundles the classifier uses this alias.
 */
export const TFJS_SLIM_ALIAS = {
  find: /^@tensorflow\/tfjs$/,
  replacement: path.resolve('src/background/image-check/tfjs-slim.ts'),
};

/** Where the build puts the image-check assets; the classifier loads them from these paths. */
export const MODEL_DIR = 'models/mobilenet_v2_mid';
export const WASM_DIR = 'wasm';

const NSFWJS_MODEL_DIR = 'node_modules/nsfwjs/dist/models/mobilenet_v2_mid';
const TFJS_WASM_DIR = 'node_modules/@tensorflow/tfjs-backend-wasm/dist';
/** Single-threaded only: the threaded build spawns blob: workers, which the extension CSP forbids. */
export const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'] as const;

interface WeightGroup {
  paths: string[];
  weights: { name: string; shape: number[]; dtype: string; quantization?: { dtype: string } }[];
}
interface ModelJson {
  weightsManifest: WeightGroup[];
  [key: string]: unknown;
}

export interface DecodedModel {
  /** model.json with each shard path renamed to its emitted `.bin` file. */
  modelJson: ModelJson;
  shards: { fileName: string; bytes: Buffer }[];
}

/**
 * nsfwjs 4.4 ships its weights as base64 strings inside browserify bundles
 * (`module.exports = …`). Run one in an empty context (no require, no process) and return
 * its export; the package is a pinned dependency, this only unwraps its data.
 */
export function evaluateBundle(source: string): unknown {
  const sandbox = { module: { exports: {} as unknown }, exports: {} };
  vm.runInNewContext(source, sandbox, { timeout: 10_000 });
  return sandbox.module.exports;
}

/**
 * Binary weights instead of the package's base64 JS: 1.4 MB smaller and about 1.2 s faster to
 * load (detection.md §1.2).
 */
export function decodeModel(modelDir = NSFWJS_MODEL_DIR): DecodedModel {
  const read = (name: string) => evaluateBundle(readFileSync(path.join(modelDir, `${name}.min.js`), 'utf8'));
  const source = read('model') as ModelJson;
  if (!Array.isArray(source.weightsManifest)) throw new Error(`${modelDir}/model.min.js has no weightsManifest`);
  const shards: DecodedModel['shards'] = [];
  const weightsManifest = source.weightsManifest.map((group) => ({
    ...group,
    paths: group.paths.map((shard) => {
      const base64 = read(shard);
      if (typeof base64 !== 'string') throw new Error(`${modelDir}/${shard}.min.js does not export a string`);
      shards.push({ fileName: `${shard}.bin`, bytes: Buffer.from(base64, 'base64') });
      return `${shard}.bin`;
    }),
  }));
  return { modelJson: { ...source, weightsManifest }, shards };
}

/** Bytes the weights manifest says the shards hold (quantised weights take one byte a value). */
export function expectedWeightBytes(modelJson: ModelJson): number {
  const BYTES: Record<string, number> = { uint8: 1, int8: 1, uint16: 2, float16: 2, int32: 4, float32: 4 };
  return modelJson.weightsManifest
    .flatMap((group) => group.weights)
    .reduce((sum, w) => {
      const bytes = BYTES[w.quantization?.dtype ?? w.dtype];
      if (bytes === undefined) throw new Error(`weight ${w.name}: unknown dtype`);
      return sum + w.shape.reduce((n, d) => n * d, 1) * bytes;
    }, 0);
}

/**
 * Emits the MobileNetV2Mid graph model (model.json + binary shards) under models/ and the two
 * single-threaded tfjs WASM binaries under wasm/, as plain files of the extension.
 */
export function nsfwModelPlugin(): Plugin {
  return {
    name: 'hostguard-nsfw-model',
    apply: 'build',
    generateBundle() {
      const { modelJson, shards } = decodeModel();
      const size = shards.reduce((n, s) => n + s.bytes.length, 0);
      if (size !== expectedWeightBytes(modelJson)) {
        throw new Error(`nsfwjs shards hold ${size} bytes, the manifest expects ${expectedWeightBytes(modelJson)}`);
      }
      this.emitFile({ type: 'asset', fileName: `${MODEL_DIR}/model.json`, source: JSON.stringify(modelJson) });
      for (const shard of shards) {
        this.emitFile({ type: 'asset', fileName: `${MODEL_DIR}/${shard.fileName}`, source: shard.bytes });
      }
      for (const file of WASM_FILES) {
        this.emitFile({
          type: 'asset',
          fileName: `${WASM_DIR}/${file}`,
          source: readFileSync(path.join(TFJS_WASM_DIR, file)),
        });
      }
    },
  };
}
