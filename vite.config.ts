import { readFileSync } from 'node:fs';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type UserConfig } from 'vite';
import { manifestForTarget, type BaseManifest } from './src/build/manifest-for-target.ts';
import { targetFor } from './src/build/targets.ts';

const baseManifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as BaseManifest;

// `vite build --mode chrome|firefox|chrome-test|firefox-test`; vitest runs without crx.
export default defineConfig(({ mode }): UserConfig => {
  if (process.env.VITEST) return unitTestConfig();
  const target = targetFor(mode);
  return {
    plugins: [preact(), crx({ manifest: manifestForTarget(baseManifest, target) as never, browser: target.browser })],
    publicDir: 'src/public',
    define: {
      __FIREFOX__: JSON.stringify(target.browser === 'firefox'),
      __TEST_HOOKS__: JSON.stringify(target.test),
    },
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
