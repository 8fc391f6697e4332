import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'vite';

/** File name of the content script in every build; the background registers the same file for self-hosted Jitsi. */
export const CONTENT_SCRIPT_FILE = 'content-script.js';

/**
 * Builds the content script as ONE classic script (IIFE) instead of crxjs's loader + dynamic
 * import. The loader needs its chunks to be web-accessible to every meeting origin, which lets
 * any site fingerprint the extension and cannot cover a self-hosted Jitsi origin added at run
 * time; a single file needs no web-accessible resource at all, and runs at document_idle itself.
 * `content_scripts` (computed by manifest-for-target.ts) is written into the manifest crxjs emitted.
 */
export function contentScriptPlugin(options: {
  outDir: string;
  contentScripts: object[];
  define: Record<string, string>;
}): Plugin {
  return {
    name: 'hostguard-content-script',
    apply: 'build',
    enforce: 'post',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        define: options.define,
        build: {
          outDir: options.outDir,
          emptyOutDir: false,
          target: 'es2022',
          minify: false,
          lib: {
            entry: 'src/content/main.ts',
            formats: ['iife'],
            name: 'hostguardContent',
            fileName: () => CONTENT_SCRIPT_FILE,
          },
        },
      });
      const file = path.join(options.outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (options.contentScripts.length > 0) manifest.content_scripts = options.contentScripts;
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
