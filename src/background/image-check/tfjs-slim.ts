/**
 * Stands in for `@tensorflow/tfjs` when nsfwjs imports it (vite.config.ts aliases it here): only
 * core, the chained ops and the graph-model loader, so the model page is ~560 kB instead of
 * 1.26 MB (detection.md §1.2). nsfwjs 4.4.0 uses tidy, scalar, zeros, browser.fromPixels,
 * image.resizeBilinear, loadGraphModel, loadLayersModel and model; the last two are for layers
 * models, which we never load. Re-check this list when nsfwjs is upgraded.
 */
// Without the chained ops nsfwjs fails with "e.toFloat is not a function".
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';

export * from '@tensorflow/tfjs-core';
export { loadGraphModel } from '@tensorflow/tfjs-converter';

const layersOnly = (name: string) => () => {
  throw new Error(`${name} is not bundled: Hostguard loads MobileNetV2Mid as a graph model`);
};
export const loadLayersModel = layersOnly('tf.loadLayersModel');
export const model = layersOnly('tf.model');
