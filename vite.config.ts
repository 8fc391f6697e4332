import { readFileSync } from 'node:fs';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type UserConfig } from 'vite';
import { manifestForTarget, type BaseManifest } from './src/build/manifest-for-target.ts';
import { targetFor } from './src/build/targets.ts';
import { contentScriptPlugin } from './src/build/content-script-plugin.ts';
import { nsfwModelPlugin, TFJS_SLIM_ALIAS } from './src/build/nsfw-model-plugin.ts';
import { offscreenPagePlugin } from './src/build/offscreen-page-plugin.ts';

const baseManifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as BaseManifest;

// `vite build --mode chrome|firefox|chrome-test|firefox-test`; vitest runs without crx.
export default defineConfig(({ mode }): UserConfig => {
  if (process.env.VITEST) return unitTestConfig();
  const target = targetFor(mode);
  const define = {
    __FIREFOX__: JSON.stringify(target.browser === 'firefox'),
    __TEST_HOOKS__: JSON.stringify(target.test),
  };
  // crxjs builds everything but the content script, which contentScriptPlugin builds as one file.
  const { content_scripts: contentScripts = [], ...manifest } = manifestForTarget(baseManifest, target);
  return {
    plugins: [
      preact(),
      crx({ manifest: manifest as never, browser: target.browser }),
      contentScriptPlugin({ outDir: target.outDir, contentScripts: contentScripts as object[], define }),
      // The image check: model + WASM files for both browsers; Chrome runs it in an offscreen page.
      nsfwModelPlugin(),
      ...(target.browser === 'chrome' ? [offscreenPagePlugin({ outDir: target.outDir, define })] : []),
    ],
    publicDir: 'src/public',
    define,
    resolve: { alias: [TFJS_SLIM_ALIAS] },
    build: {
      outDir: target.outDir,
      emptyOutDir: true,
      target: 'es2022',
      // crxjs only collects side_panel pages; the Firefox sidebar and the drill page are listed here.
      rollupOptions: {
        input: { panel: 'src/panel/index.html', practice: 'src/practice/index.html' },
      },
    },
    server: { strictPort: true },
  };
});

function unitTestConfig(): UserConfig {
  return {
    plugins: [preact()],
    define: { __FIREFOX__: 'false', __TEST_HOOKS__: 'true' },
    test: {
      include: ['src/**/*.test.{ts,tsx}'],
      environment: 'happy-dom',
      setupFiles: ['src/test-setup.ts'],
      // Vitest externalises node_modules, so preset-vite's react->preact alias misses zustand.
      server: { deps: { inline: ['zustand'] } },
    },
  } as UserConfig;
}
