import { mkdtemp, rm } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { isAlive, killChromiumHard } from '../support/chromium-kill';
import { launchExtension } from '../support/extension';
import { expect, SESSION_READY_TIMEOUT_MS, test } from '../support/fixtures';
import { reservePort } from '../support/free-port';
import {
  endpointDeliveries,
  endpointLine,
  fileThroughHook,
  hookDraft,
  outboxItem,
  useReceiver,
} from '../support/outbox';
import { practiceUrl } from '../support/practice-url';
import { startReceiver, type RunningReceiver } from '../support/receiver';

const TOKEN = 'e2e-outbox-resilience-token';
const drafts = (label: string, n: number) => Array.from({ length: n }, (_, i) => hookDraft(`${label} ${i}`, ['p4']));
const received = async (receiver: RunningReceiver) => (await receiver.reports()).map((r) => r.idempotencyKey).sort();

let receivers: RunningReceiver[] = [];
test.afterEach(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  receivers = [];
});

test('receiver down: reports wait with the reason in the panel, and go by themselves once it is back', async ({
  extension,
  openPractice,
  openPanel,
}) => {
  // Worst case: ~4 s down, then a retry up to 16 s later.
  test.setTimeout(45_000);
  const port = await reservePort();
  const worker = await extension.serviceWorker();
  await useReceiver(worker, { url: `http://127.0.0.1:${port}`, token: TOKEN });
  const meeting = await openPractice();
  const keys = await fileThroughHook(worker, meeting.tabId, drafts('TEST: while the receiver is down', 3));
  const panel = await openPanel();
  for (const key of keys) {
    const line = endpointLine(outboxItem(panel, key));
    await expect(line).toHaveAttribute('data-state', 'queued');
    await expect(line).toContainText('receiver unreachable (network error)');
  }
  await expect(outboxItem(panel, keys[0]!)).toHaveAttribute('data-state', 'queued');

  receivers.push(await startReceiver({ port, token: TOKEN }));
  // The automatic path, no "Retry now": after a few seconds down the backoff is at most 8–16 s
  // (full jitter, base 2 s), and a retry due within 30 s runs on a timer in the awake worker.
  for (const key of keys)
    await expect(outboxItem(panel, key)).toHaveAttribute('data-state', 'delivered', { timeout: 30_000 });
  expect(await received(receivers[0]!)).toEqual([...keys].sort());
});

test('R5: a receiver that holds its first answer 40 s: the client gives up at 25 s and the retry stores nothing twice', async ({
  extension,
  openPractice,
  openPanel,
}) => {
  test.setTimeout(75_000);
  const posts: { at: number; closedAt?: number; answered?: boolean }[] = [];
  let release: () => void = () => undefined;
  let held = false;
  const receiver = await startReceiver({
    onRequest(req, res: ServerResponse) {
      if (req.method !== 'POST') return;
      const post: (typeof posts)[number] = { at: Date.now() };
      posts.push(post);
      res.once('close', () => Object.assign(post, { closedAt: Date.now(), answered: res.writableFinished }));
    },
    // Only the first stored batch is held; the retry finds its key stored and is answered at once.
    onStored: () => {
      if (held) return;
      held = true;
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 40_000);
        release = () => (clearTimeout(timer), resolve());
      });
    },
  });
  receivers.push(receiver);
  try {
    const worker = await extension.serviceWorker();
    // A worker that died and came back would lack this: the 30 s fetch rule never struck.
    await worker.evaluate(() => void ((globalThis as { __r5Mark?: boolean }).__r5Mark = true));
    await useReceiver(worker, receiver);
    const meeting = await openPractice();
    const [key] = await fileThroughHook(worker, meeting.tabId, drafts('TEST: held answer', 1));
    const panel = await openPanel();
    await expect(outboxItem(panel, key!)).toHaveAttribute('data-state', 'delivered', { timeout: 45_000 });

    expect(posts.length, 'the first POST and one retry').toBe(2);
    const [first, retry] = posts;
    expect(first!.answered, 'the client hung up on the held answer').toBe(false);
    const gaveUpAfter = first!.closedAt! - first!.at;
    expect(gaveUpAfter).toBeGreaterThanOrEqual(24_000);
    expect(gaveUpAfter).toBeLessThanOrEqual(26_500);
    expect(retry!.answered).toBe(true);
    expect(await received(receiver)).toEqual([key]);
    const [delivery] = await endpointDeliveries(await extension.serviceWorker());
    expect(delivery).toMatchObject({ key, state: 'delivered', attempts: 2 });
    expect(await worker.evaluate(() => (globalThis as { __r5Mark?: boolean }).__r5Mark)).toBe(true);
  } finally {
    release();
  }
});

// Closed normally, or SIGKILLed (R3) the moment the panel shows the reports queued: "queued" is
// only shown after a strict commit, so either way they must all be delivered after a relaunch.
for (const way of ['closed', 'SIGKILLed'] as const) {
  test(`browser ${way} with reports queued: relaunched on the same profile, they are delivered`, async ({ server }) => {
    // A kill can land while a batch is marked sending: it then waits out its 30 s lease.
    test.setTimeout(75_000);
    const port = await reservePort();
    const profileDir = await mkdtemp(path.join(os.tmpdir(), 'hostguard-relaunch-'));
    const first = await launchExtension({ profileDir });
    let keys: string[] = [];
    try {
      const worker = await first.serviceWorker();
      await useReceiver(worker, { url: `http://127.0.0.1:${port}`, token: TOKEN });
      const { page, tabId } = await first.newTab();
      await page.goto(practiceUrl(server.origin));
      await expect.poll(() => first.meetingSession(tabId), { timeout: SESSION_READY_TIMEOUT_MS }).toBeDefined();
      keys = await fileThroughHook(worker, tabId, drafts(`TEST: before the browser was ${way}`, 3));
      const panel = await first.openPanel();
      for (const key of keys) await expect(outboxItem(panel, key)).toHaveAttribute('data-state', 'queued');
      if (way === 'SIGKILLed') {
        const pid = killChromiumHard(profileDir);
        await expect.poll(() => isAlive(pid)).toBe(false);
      } else {
        await expect.poll(async () => (await endpointDeliveries(worker)).every((d) => d.attempts > 0)).toBe(true);
      }
    } finally {
      await first.close();
    }

    const receiver = await startReceiver({ port, token: TOKEN });
    receivers.push(receiver);
    const again = await launchExtension({ profileDir });
    try {
      await expect.poll(() => received(receiver), { timeout: 45_000 }).toEqual([...keys].sort());
      const panel = await again.openPanel();
      for (const key of keys) await expect(outboxItem(panel, key)).toHaveAttribute('data-state', 'delivered');
    } finally {
      await again.close();
      await rm(profileDir, { recursive: true, force: true });
    }
  });
}
