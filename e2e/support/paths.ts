import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root, whatever the current directory of the runner is. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Build folders written by `npm run build` (store) and `npm run build:test` (test). */
export const BUILD_DIRS = {
  chrome: path.join(REPO_ROOT, 'dist/chrome'),
  firefox: path.join(REPO_ROOT, 'dist/firefox'),
  chromeTest: path.join(REPO_ROOT, 'dist/chrome-test'),
  firefoxTest: path.join(REPO_ROOT, 'dist/firefox-test'),
} as const;

/** Extension pages, relative to the extension root (same path in every build). */
export const PANEL_PATH = 'src/panel/index.html';
export const PRACTICE_PATH = 'src/practice/index.html';
