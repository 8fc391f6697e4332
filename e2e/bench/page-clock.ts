import type { Page } from '@playwright/test';

/**
 * Pages time events as `performance.timeOrigin + performance.now()` (src/practice/log.ts); the
 * background and content script stamp `Date.now()`. Both are epoch ms on the same system clock,
 * but a page's timeOrigin is fixed at navigation, so the two can differ by a little. The offset
 * `Date.now() - pageClock` converts a `Date.now()` stamp to that page's clock.
 */
export async function dateNowOffset(page: Page): Promise<number> {
  return page.evaluate(() => {
    const offsets: number[] = [];
    for (let i = 0; i < 9; i++) offsets.push(Date.now() - (performance.timeOrigin + performance.now()));
    return offsets.sort((a, b) => a - b)[4]!;
  });
}

export const pageNow = (page: Page): Promise<number> =>
  page.evaluate(() => performance.timeOrigin + performance.now());
