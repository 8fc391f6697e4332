/** The four builds: two browsers, each as a store build or a test build. */
export type Browser = 'chrome' | 'firefox';

export interface BuildTarget {
  browser: Browser;
  /** A test build matches the practice meeting on localhost and exposes test hooks. */
  test: boolean;
  outDir: string;
}

export const BUILD_MODES = ['chrome', 'firefox', 'chrome-test', 'firefox-test'] as const;
export type BuildMode = (typeof BUILD_MODES)[number];

export function targetFor(mode: string): BuildTarget {
  if (!(BUILD_MODES as readonly string[]).includes(mode)) {
    throw new Error(`Unknown build mode "${mode}": use one of ${BUILD_MODES.join(', ')}`);
  }
  const [browser, suffix] = mode.split('-') as [Browser, string | undefined];
  return { browser, test: suffix === 'test', outDir: `dist/${mode}` };
}
