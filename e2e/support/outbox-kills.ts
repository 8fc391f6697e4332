import type { Page, Worker } from '@playwright/test';
import { OUTBOX } from '../../src/background/outbox/outbox-config';
import { seededRandom } from '../../src/practice/random';
import type { ChromiumExtension } from './extension';
import { fileThroughHook, hookDraft, outboxDbDeliveries, useReceiver } from './outbox';
import { countReceived, type KillCount } from './outbox-kill-count';
import { startKillingReceiver, type KillingReceiver } from './outbox-kill-receiver';
import type { RunningReceiver } from './receiver';

/**
 * R1 (reliability-security.md §9.1): the service worker killed (CDP Target.closeTarget) again
 * and again while the outbox drains, some kills made right after the receiver committed a batch
 * and before it answered; then everything is let through and the receiver's holdings counted.
 * Shared by e2e/chromium/outbox-worker-kills.spec.ts and the bench.
 *
 * Each cycle starts the worker (as the next event would), files a few reports, asks for a drain
 * (as the batch timer would) and kills the worker after a random gap, so kills land in uploads,
 * POSTs and acknowledgements, not only on an idle worker.
 */
export interface OutboxKillOptions {
  /** Reports filed, spread evenly over the kill cycles. */
  reports?: number;
  kills?: number;
  /** Kills made from the receiver's onStored hook: after its commit, before its response. */
  afterCommitKills?: number;
  /** A kill comes 0 … this (ms) after the cycle's drain was asked for. */
  maxGapMs?: number;
  /** Each receiver answer waits 0 … this (ms) after the commit, like a distant receiver. */
  latencyMs?: number;
  /** How long the outbox may take, after the last kill, to deliver and acknowledge everything. */
  settleTimeoutMs?: number;
  seed?: number;
  progress?: (message: string) => void;
}

export interface OutboxKillFigures extends KillCount {
  seed: number;
  /** Kills of a running worker (a cycle whose worker had already stopped does not count). */
  workerKills: number;
  /** Kills between the receiver's commit and its answer: made from onStored, or random ones that landed there. */
  afterCommitKills: number;
  /** Of those, the kills made from the receiver's onStored hook. */
  onStoredKills: number;
  /** Kills while the receiver had a request of the outbox in flight (after-commit kills included). */
  killsMidRequest: number;
  /** From the last kill until the receiver held, and the outbox acknowledged, every report, ms. */
  settleMs: number;
  elapsedMs: number;
}

/** One line for logs: `[outbox] workerKills=100 lost=0 duplicates=0 delivered p50=… p95=…`. */
export function formatOutboxKills(f: OutboxKillFigures): string {
  const ms = (x: number) => `${Math.round(x)}ms`;
  return (
    `[outbox] workerKills=${f.workerKills} lost=${f.lost} duplicates=${f.duplicates} ` +
    `delivered p50=${ms(f.delivery.p50)} p95=${ms(f.delivery.p95)} (n=${f.delivery.n}; acknowledged ` +
    `p50=${ms(f.acknowledged.p50)} p95=${ms(f.acknowledged.p95)}; kills: ${f.afterCommitKills} after the ` +
    `receiver's commit (${f.onStoredKills} from onStored), ${f.killsMidRequest} mid-request; ${f.resent} reports re-sent; settled ` +
    `${(f.settleMs / 1_000).toFixed(1)} s after the last kill; seed ${f.seed})`
  );
}

const OUTBOX_DB = OUTBOX.dbName;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type DrainHook = { __hostguardTest: { drainOutbox(): Promise<unknown> } };

/** Asks the worker to drain now; the call dies with the worker, which is the point. */
const drainNow = (worker: Worker) =>
  void worker.evaluate(() => (globalThis as unknown as DrainHook).__hostguardTest.drainOutbox()).catch(() => undefined);

/** One cycle: the worker starts, reports are filed and a drain runs; the worker dies in it. */
async function killCycle(
  extension: ChromiumExtension,
  killing: KillingReceiver,
  file: (worker: Worker) => Promise<void>,
  plan: { afterCommit: boolean; gapMs: number },
): Promise<{ killed: boolean; fromOnStored: boolean; afterCommit: boolean; midRequest: boolean }> {
  await extension.start();
  const worker = await extension.serviceWorker();
  await file(worker);
  const committedKill = plan.afterCommit ? killing.arm(3_000) : Promise.resolve(false);
  drainNow(worker);
  if (await committedKill) return { killed: true, fromOnStored: true, afterCommit: true, midRequest: true };
  await sleep(plan.gapMs);
  const landed = { afterCommit: killing.awaitingAnswer() > 0, midRequest: killing.receiver.requestsInFlight() > 0 };
  // A worker that already stopped by itself would make this kill a no-op: not counted.
  const killed = await extension.isRunning();
  await extension.stop();
  return { killed, fromOnStored: false, ...landed };
}

/**
 * Waits until the receiver holds `expected` reports and the outbox marked every one delivered,
 * watching from an extension page: the last kill left the worker stopped, and only the
 * product's own wake-ups (its alarm, events) may bring it back.
 */
async function settle(page: Page, receiver: RunningReceiver, expected: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  const done = async () =>
    (await receiver.count()) >= expected &&
    (await page.evaluate(outboxDbDeliveries, OUTBOX_DB)).every((d) => d.state === 'delivered');
  while (!(await done()) && Date.now() < deadline) await sleep(250);
}

/** `tabId`: an open practice meeting whose session the reports are filed from. */
export async function measureOutboxWorkerKills(
  extension: ChromiumExtension,
  tabId: number,
  options: OutboxKillOptions = {},
): Promise<OutboxKillFigures> {
  const { reports = 200, kills = 100, afterCommitKills = 12, maxGapMs = 400, latencyMs = 150 } = options;
  const seed = options.seed ?? Date.now() % 1_000_000;
  const random = seededRandom(seed);
  const started = Date.now();
  const killing = await startKillingReceiver(extension, { latencyMs, random });
  // A page of the extension's origin that reads the outbox database without waking the worker.
  const watcher = await extension.context.newPage();
  try {
    await watcher.goto(extension.url('manifest.json'));
    await useReceiver(await extension.serviceWorker(), killing.receiver);
    const filed = new Map<string, string>(); // note → key
    let afterCommit = 0;
    let midRequest = 0;
    let made = 0;
    let workerKills = 0;
    // Kills from onStored spread over the run, not bunched at its start.
    const every = Math.max(1, Math.floor(kills / Math.max(1, afterCommitKills)));
    for (let cycle = 0; cycle < kills; cycle++) {
      const share = Math.round(((cycle + 1) * reports) / kills) - Math.round((cycle * reports) / kills);
      const file = async (worker: Worker) => {
        const notes = Array.from({ length: share }, (_, i) => `R1 report ${filed.size + i}`);
        const keys = await fileThroughHook(
          worker,
          tabId,
          notes.map((note) => hookDraft(note, ['p3', 'p4'])),
        );
        keys.forEach((key, i) => filed.set(notes[i]!, key));
      };
      const plan = { afterCommit: made < afterCommitKills && cycle % every === 0, gapMs: random() * maxGapMs };
      const kill = await killCycle(extension, killing, file, plan);
      made += Number(kill.fromOnStored);
      workerKills += Number(kill.killed);
      afterCommit += Number(kill.afterCommit);
      midRequest += Number(kill.midRequest);
      if ((cycle + 1) % 20 === 0) options.progress?.(`${cycle + 1} kills, ${filed.size} filed`);
    }
    const lastKill = Date.now();
    await settle(watcher, killing.receiver, filed.size, options.settleTimeoutMs ?? 90_000);
    const settleMs = Date.now() - lastKill;
    const deliveries = await watcher.evaluate(outboxDbDeliveries, OUTBOX_DB);
    return {
      ...(await countReceived(killing.receiver, filed, deliveries)),
      seed,
      workerKills,
      afterCommitKills: afterCommit,
      onStoredKills: made,
      killsMidRequest: midRequest,
      settleMs,
      elapsedMs: Date.now() - started,
    };
  } finally {
    await watcher.close();
    await killing.receiver.close();
  }
}
