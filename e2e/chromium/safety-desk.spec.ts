import { chromium, expect, test } from '@playwright/test';
import { buildReport } from '../../src/receiver/testing/make-report';
import { postBatch, uploadAll } from '../../src/receiver/testing/http-client';
import { axeViolations } from '../support/axe';
import { findChromium } from '../support/chromium';
import { startReceiver, type RunningReceiver } from '../support/receiver';

// The desk in a real browser, with layout: axe's colour-contrast rule runs here (happy-dom in
// src/receiver/desk-a11y.test.ts cannot lay pages out). Names are the attacker's, as sent.
const HOSTILE = ['<img src=x onerror=alert(1)>', '=HYPERLINK("http://evil.example","x")', 'Host\u202E (tsoH)'];

let receiver: RunningReceiver;
test.beforeEach(async () => {
  receiver = await startReceiver();
  const built = [
    await buildReport({ category: 'hate', names: HOSTILE, snapshots: 2, frames: 2 }),
    await buildReport({ category: 'sexual-minors', names: ['Raid Er'], snapshots: 1, frames: 2 }),
  ];
  await uploadAll(receiver.url, receiver.token, built);
  const { status } = await postBatch(
    receiver.url,
    receiver.token,
    built.map((b) => b.report),
  );
  expect(status).toBe(200);
});
test.afterEach(async () => {
  await receiver.close();
});

test('the safety desk is axe-clean with layout, keyboard-usable, and shows no image for the child-abuse category', async () => {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ httpCredentials: { username: 'desk', password: receiver.token } });
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${receiver.url}/desk`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: Tab reaches the first report's link, Enter opens it.
    const links = page.locator('a[href^="/desk/reports/"]');
    await expect(links).toHaveCount(2);
    for (let i = 0; i < 30 && !(await links.first().evaluate((a) => a === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/desk\/reports\//);
    expect(await axeViolations(page)).toEqual([]);

    for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''))) {
      await page.goto(`${receiver.url}${href}`);
      expect(await axeViolations(page)).toEqual([]);
      if ((await page.content()).includes('Raid Er')) await expect(page.locator('img')).toHaveCount(0);
    }
    expect(alerts).toEqual([]);
  } finally {
    await browser.close();
  }
});
