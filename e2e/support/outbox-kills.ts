import { seededRandom } from '../../src/practice/random';
import { percentile, type Summary } from '../bench/stats';
import type { ChromiumExtension } from './extension';
import { checkReceived, fileThroughHook, hookDraft, useReceiver } from './outbox';
import { startReceiver } from './receiver';

/**
 * R1 (reliability-security.md §9.1): reports filed, then the service worker killed (CDP
 * Target.closeTarget) again and again while the outbox drains, some kills landing right after
 * the receiver committed a batch and before it answered. Counts what the receiver holds at the
 * end. Shared by e2e/chromium/outbox-worker-kills.spec.ts and the bench.
 */
export interface OutboxKillOptions {
  /** Reports filed, in `rounds` equal parts, each followed by its share of the kills. */
  reports?: number;
  kills?: number;
  rounds?: number;
  /** Kills made from the receiver's onStored hook: after its commit, before its response. */
  afterCommitKills?: number;
  /** Kills come after a random gap of 0 … this (ms) from the worker's start. */
  maxGapMs?: number;
  /** How long the outbox may take, after the last kill, to deliver everything. */
  settleTimeoutMs?: number;
  seed?: number;
  progress?: (message: string) => void;
}

export interface OutboxKillFigures {
  seed: number;
  /** Reports the outbox acknowledged as committed (fileReport resolved). */
  reports: number;
  workerKills: number;
  afterCommitKills: number;
  /** Distinct reports the receiver stored. */
  stored: number;
  /** Acknowledged reports the receiver does not hold. */
  lost: number;
  /** Stored copies beyond one per report, counted by idempotency key and by the report's own note. */
  duplicates: number;
  /** Stored reports nobody filed. */
  unknown: number;
  chainsVerified: number;
  evidenceAttached: number;
  /** Attached entries whose bytes the receiver holds under their SHA-256 (recomputed here). */
  evidenceVerified: number;
  /** Filing (report createdAt) → stored (receiver received_at), ms. */
  delivery: Summary;
  /** From the last kill until the receiver held every report, ms. */
  settleMs: number;
  elapsedMs: number;
  problems: string[];
}

/** One line for logs: `[outbox] workerKills=100 lost=0 duplicates=0 delivered p50=… p95=…`. */
export function formatOutboxKills(f: OutboxKillFigures): string {
  return (
    `[outbox] workerKills=${f.workerKills} lost=${f.lost} duplicates=${f.duplicates} ` +
    `delivered p50=${Math.round(f.delivery.p50)}ms p95=${Math.round(f.delivery.p95)}ms ` +
    `(n=${f.delivery.n}, ${f.afterCommitKills} kills after the receiver's commit, ` +
    `settled ${(f.settleMs / 1_000).toFixed(1)} s after the last kill, seed ${f.seed})`
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Kills on request from inside the receiver's onStored: the commit is done, the answer not sent. */
function commitKiller(extension: ChromiumExtension) {
  let armed: (() => void) | undefined;
  return {
    onStored: async () => {
      const done = armed;
      if (!done) return;
      armed = undefined;
      await extension.stop();
      done();
    },
    /** Resolves true once a kill happened after a commit, false if no batch was stored in time. */
    arm(timeoutMs: number): Promise<boolean> {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          armed = undefined;
          resolve(false);
        }, timeoutMs);
        armed = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
    },
  };
}

export async function measureOutboxWorkerKills(
  extension: ChromiumExtension,
  tabId: number,
  options: OutboxKillOptions = {},
): Promise<OutboxKillFigures> {
  const { reports = 200, kills = 100, rounds = 10, afterCommitKills = 12, maxGapMs = 400 } = options;
  const seed = options.seed ?? Date.now() % 1_000_000;
  const random = seededRandom(seed);
  const log = options.progress ?? (() => undefined);
  const started = Date.now();
  const killer = commitKiller(extension);
  const receiver = await startReceiver({ onStored: killer.onStored });
  try {
    await useReceiver(await extension.serviceWorker(), receiver);
    const filed = new Map<string, string>(); // note → key
    let workerKills = 0;
    let afterCommit = 0;
    for (let round = 0; round < rounds; round++) {
      const notes = Array.from({ length: reports / rounds }, (_, i) => `R1 report ${round * (reports / rounds) + i}`);
      const keys = await fileThroughHook(
        await extension.serviceWorker(),
        tabId,
        notes.map((note) => hookDraft(note, ['p3', 'p4'])),
      );
      keys.forEach((key, i) => filed.set(notes[i]!, key));
      const roundKills = Math.round(((round + 1) * kills) / rounds) - Math.round((round * kills) / rounds);
      for (let k = 0; k < roundKills; k++) {
        await extension.start();
        // The first kills of a round wait for a commit at the receiver; the rest land anywhere.
        const wantAfterCommit = afterCommit < afterCommitKills && k < Math.ceil(afterCommitKills / rounds);
        if (wantAfterCommit && (await killer.arm(3_000))) afterCommit++;
        else {
          await sleep(random() * maxGapMs);
          await extension.stop();
        }
        workerKills++;
      }
      log(`round ${round + 1}/${rounds}: ${filed.size} filed, ${workerKills} kills, ${await receiver.count()} stored`);
    }
    const lastKill = Date.now();
    await extension.start();
    const deadline = lastKill + (options.settleTimeoutMs ?? 90_000);
    while ((await receiver.count()) < filed.size && Date.now() < deadline) await sleep(100);
    const settleMs = Date.now() - lastKill;

    const received = await checkReceived(receiver);
    const keysFiled = new Set(filed.values());
    const storedKeys = received.reports.map((r) => r.idempotencyKey);
    const byNote = new Map<string, number>();
    for (const r of received.reports) byNote.set(r.report.note, (byNote.get(r.report.note) ?? 0) + 1);
    const duplicates =
      storedKeys.length -
      new Set(storedKeys).size +
      [...byNote.values()].reduce((sum, copies) => sum + Math.max(0, copies - 1), 0);
    const latencies = received.reports
      .filter((r) => keysFiled.has(r.idempotencyKey))
      .map((r) => r.receivedAt - r.report.createdAt)
      .sort((a, b) => a - b);
    return {
      seed,
      reports: filed.size,
      workerKills,
      afterCommitKills: afterCommit,
      stored: new Set(storedKeys).size,
      lost: [...keysFiled].filter((key) => !storedKeys.includes(key)).length,
      duplicates,
      unknown: storedKeys.filter((key) => !keysFiled.has(key)).length,
      chainsVerified: received.chainsVerified,
      evidenceAttached: received.attached,
      evidenceVerified: received.attachedHeld,
      delivery: { n: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
      settleMs,
      elapsedMs: Date.now() - started,
      problems: received.problems,
    };
  } finally {
    await receiver.close();
  }
}
