import { build, type Plugin } from 'vite';
import { TFJS_SLIM_ALIAS } from './nsfw-model-plugin';

/** Chrome's offscreen document (created at run time, so not a manifest page crxjs would see). */
export const OFFSCREEN_PAGE = 'src/background/image-check/offscreen.html';

/**
 * Builds the offscreen page in its own pass, like the content script. As one more input of the
 * main build it shared the WebExtension polyfill, valibot and the sender policy with the panel,
 * and rolldown split the panel's shared chunk to suit it: the panel and the background grew by
 * the glue (~0.2 and ~0.8 kB). On its own the page carries its copy (~25 kB) and nothing else moves.
 */
export function offscreenPagePlugin(options: { outDir: string; define: Record<string, string> }): Plugin {
  return {
    name: 'hostguard-offscreen-page',
    apply: 'build',
    enforce: 'post',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        define: options.define,
        resolve: { alias: [TFJS_SLIM_ALIAS] },
        build: {
          outDir: options.outDir,
          emptyOutDir: false,
          target: 'es2022',
          // Chrome 116+ preloads modules natively.
          modulePreload: { polyfill: false },
          // tfjs core + the WASM backend + nsfwjs are ~560 kB by design (detection.md §1.2).
          chunkSizeWarningLimit: 700,
          rollupOptions: { input: { offscreen: OFFSCREEN_PAGE } },
        },
      });
    },
  };
}
