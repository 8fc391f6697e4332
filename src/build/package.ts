import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/**
 * `npm run package`: the store uploads, from the store builds (`npm run build` first).
 * - dist/packages/hostguard-chrome-<version>.zip   Chrome Web Store
 * - dist/packages/hostguard-firefox-<version>.zip  addons.mozilla.org
 * - dist/packages/hostguard-source-<version>.zip   the source AMO asks for: every tracked file,
 *   so a reviewer can run `npm ci && npm run build` and compare (README "Load it by hand").
 */
export const PACKAGES_DIR = 'dist/packages';

export function packageNames(version: string) {
  return {
    chrome: path.join(PACKAGES_DIR, `hostguard-chrome-${version}.zip`),
    firefox: path.join(PACKAGES_DIR, `hostguard-firefox-${version}.zip`),
    source: path.join(PACKAGES_DIR, `hostguard-source-${version}.zip`),
  };
}

/** Every file under `dir`, keyed by its path inside the zip. */
function filesOf(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => statSync(path.join(dir, file)).isFile());
}

function zip(root: string, files: readonly string[], out: string): void {
  const entries: Zippable = {};
  // Fixed timestamps: the same build gives the same zip, byte for byte.
  for (const file of [...files].sort()) {
    entries[file.split(path.sep).join('/')] = [readFileSync(path.join(root, file)), { mtime: new Date('2026-01-01') }];
  }
  writeFileSync(out, zipSync(entries, { level: 9 }));
}

function main(): void {
  const version = (JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string }).version;
  const names = packageNames(version);
  mkdirSync(PACKAGES_DIR, { recursive: true });
  for (const browser of ['chrome', 'firefox'] as const) {
    const dir = path.join('dist', browser);
    zip(dir, filesOf(dir), names[browser]);
  }
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  zip('.', tracked, names.source);
  for (const file of Object.values(names)) console.log(`${file}  ${(statSync(file).size / 1024).toFixed(0)} kB`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
