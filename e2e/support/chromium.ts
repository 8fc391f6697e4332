import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

/** Candidates in order; branded Google Chrome 137+ ignores --load-extension, so it comes last. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'];
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome'];

/** `CHROME_PATH`, then Debian's Chromium, then whatever is on PATH; undefined if none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((file) => existsSync(file)) ?? ON_PATH.map(which).find(Boolean);
}

function which(command: string): string | undefined {
  try {
    return execFileSync('which', [command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export const isBrandedChrome = (executable: string): boolean => /google-chrome|Google Chrome/i.test(executable);

/** Flags measured in reference/toolchain.md §3. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    // Playwright always passes --disable-extensions; this flag wins over it.
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

export interface LaunchedChromium {
  context: BrowserContext;
  /** The profile folder in use. */
  profileDir: string;
  /** Closes the browser and deletes its temporary profile (a caller's `profileDir` is kept). */
  close(): Promise<void>;
}

/**
 * A persistent context (a plain launch() + newContext() gets no extension worker) on a fresh
 * profile, or on `profileDir` to relaunch the same browser profile (the caller deletes that one).
 */
export async function launchChromiumWithExtension(
  extensionDir: string,
  options: {
    headless?: boolean;
    viewport?: { width: number; height: number } | null;
    /** False when the caller closes the browser on Ctrl-C itself (and deletes the profile). */
    handleSignals?: boolean;
    /** An existing profile folder to reuse, e.g. to relaunch after close(); kept on close. */
    profileDir?: string;
  } = {},
): Promise<LaunchedChromium> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumMissingMessage());
  const ownProfile = options.profileDir === undefined;
  const profile = options.profileDir ?? (await mkdtemp(path.join(os.tmpdir(), 'hostguard-chromium-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    args: chromiumArgs(path.resolve(extensionDir)),
    ...(options.viewport !== undefined ? { viewport: options.viewport } : {}),
    handleSIGINT: options.handleSignals ?? true,
    handleSIGTERM: options.handleSignals ?? true,
  });
  return {
    context,
    profileDir: profile,
    async close() {
      await context.close().catch(() => undefined);
      if (ownProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}

export function chromiumMissingMessage(): string {
  return [
    'No Chromium found (looked at $CHROME_PATH, /usr/bin/chromium, /usr/lib/chromium/chromium, and chromium,',
    'chromium-browser, google-chrome on PATH).',
    'Install it: `sudo apt-get install chromium` (Debian/Ubuntu) or download Chromium / Chrome for Testing,',
    'then set CHROME_PATH=/path/to/chromium. Branded Google Chrome 137+ ignores --load-extension.',
  ].join('\n');
}
