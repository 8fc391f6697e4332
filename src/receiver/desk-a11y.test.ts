// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Browser } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReceiver } from './server';
import { openSqliteStore } from './store/sqlite-store';
import { TEST_TOKEN } from './testing/each-store';
import { deskGet } from './testing/desk-client';
import { postBatch, uploadAll } from './testing/http-client';
import { buildReport } from './testing/make-report';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HOSTILE_NAMES = [
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","x")',
  'Host\u202E (tsoH)',
  'Ho\u200bst',
];

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/**
 * axe-core over the desk's real HTML in happy-dom (no layout, so colour contrast stays
 * "incomplete"; the sheet's colours are chosen for 7:1). Scripts are enabled only so axe can
 * run: any payload that escaped the HTML encoding would call the counted alert().
 */
async function audit(url: string, html: string) {
  const browser = new Browser({
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  try {
    const page = browser.newPage();
    page.url = url;
    const window = page.mainFrame.window as unknown as {
      alert: () => void;
      axe: { run: (...a: unknown[]) => Promise<AxeResult> };
    };
    let alerts = 0;
    window.alert = () => void alerts++;
    page.content = html;
    await page.waitUntilComplete();
    page.evaluate(AXE_SOURCE);
    const result = await window.axe.run(page.mainFrame.document, { resultTypes: ['violations'] });
    return {
      alerts,
      violations: result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    };
  } finally {
    await browser.close();
  }
}

describe('safety desk accessibility (axe-core in happy-dom)', () => {
  const receiver = createReceiver({ store: openSqliteStore(':memory:'), token: TEST_TOKEN });
  let url = '';
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    ({ url } = await receiver.listen(0));
    for (const category of ['harassment', 'sexual-minors'] as const) {
      const built = await buildReport({ category, names: HOSTILE_NAMES, title: '<b>Team</b> \u202Emeeting' });
      await uploadAll(url, TEST_TOKEN, [built]);
      const { body } = await postBatch(url, TEST_TOKEN, [built.report]);
      ids[category] = (body.results[0] as { id: string }).id;
    }
  });
  afterAll(() => receiver.close());

  it.each([
    ['the report list', () => '/desk'],
    ['a filtered list', () => '/desk?category=harassment&platform=practice'],
    ['a report with images', () => `/desk/reports/${ids.harassment}`],
    ['a child-abuse report', () => `/desk/reports/${ids['sexual-minors']}`],
  ])('%s has no axe violations and runs no injected script', async (_name, path) => {
    const response = await deskGet(url, path(), TEST_TOKEN);
    expect(response.status).toBe(200);
    const { alerts, violations } = await audit(`${url}${path()}`, await response.text());
    expect(violations).toEqual([]);
    expect(alerts).toBe(0);
  });
});
