import type { Frame, Page } from '@playwright/test';
import path from 'node:path';
import { REPO_ROOT } from '../../support/paths';
import { bundle, REPLICA_PLATFORMS, REPLICA_URLS, type ReplicaPlatform } from '../../support/replica-pages';
import { remote, routeReplica } from '../../support/replica-route-chromium';
import { pressShortcut, shortcutOf } from '../../support/shortcut';
import type { BenchBrowser } from '../bench-browser';
import { installPanelRecorder, readPanelRecorder } from '../panel-recorder';
import { dateNowOffset, pageNow } from '../page-clock';
import { pollUntil } from '../poll';
import { summary, type Summary } from '../stats';

export interface PlatformFigures {
  detection: Summary;
  panic: Summary;
  panicFloor: Summary;
  panicRatio: number;
  roster500: { longestTaskMs: number; batchP95Ms: number };
}

let floorCode: Promise<string> | undefined;
/** floor-entry.ts as one classic script, built once. */
const floorScript = (): Promise<string> =>
  (floorCode ??= bundle(path.join(REPO_ROOT, 'e2e/bench/platforms/floor-entry.ts')));

/** The frame the meeting client renders in (Zoom: its iframe inside the web shell). */
async function clientFrame(page: Page): Promise<Frame> {
  await pollUntil(async () => page.frames().some((f) => f.url().includes('inner=1')) || !page.url().includes('zoom'), 'client frame');
  return page.frames().find((f) => f.url().includes('inner=1')) ?? page.mainFrame();
}

async function openReplica(bench: BenchBrowser, platform: ReplicaPlatform, query = '') {
  const { page, tabId } = await bench.extension.newTab();
  const url = new URL(REPLICA_URLS[platform]);
  for (const [key, value] of new URLSearchParams(query)) url.searchParams.set(key, value);
  await page.goto(url.href);
  const session = () => bench.extension.meetingSession(tabId);
  await pollUntil(async () => (await session())?.platform === platform, `${platform} session`);
  return { page, session, client: remote(page) };
}

async function withSharer(bench: BenchBrowser, platform: ReplicaPlatform) {
  const meeting = await openReplica(bench, platform);
  const id = await meeting.client.join('Bench Sharer');
  await meeting.client.share(id);
  const sharing = async () => Object.values((await meeting.session())?.participants ?? {}).some((p) => p.name === 'Bench Sharer' && p.sharing);
  await pollUntil(sharing, 'the background sees the share');
  return meeting;
}

async function panicOnce(bench: BenchBrowser, platform: ReplicaPlatform): Promise<number> {
  const meeting = await withSharer(bench, platform);
  try {
    await meeting.page.bringToFront();
    const offset = await dateNowOffset(meeting.page);
    const t0 = await pageNow(meeting.page);
    await pressShortcut(meeting.page, shortcutOf('panic'));
    await pollUntil(async () => (await meeting.session())?.panic?.finishedAt !== undefined, 'panic.finishedAt', { timeoutMs: 30_000 });
    const panic = (await meeting.session())!.panic!;
    if (!panic.ok) throw new Error(`${platform}: a panic step was not verified`);
    return panic.finishedAt! - offset - t0;
  } finally {
    await meeting.page.close();
  }
}

async function floorOnce(bench: BenchBrowser, platform: ReplicaPlatform): Promise<number> {
  const meeting = await withSharer(bench, platform);
  try {
    await meeting.page.bringToFront();
    const frame = await clientFrame(meeting.page);
    await frame.evaluate(await floorScript());
    const run = await frame.evaluate(
      ([id, name]) => (window as unknown as { __benchFloor: (p: string, n: string) => Promise<{ t0: number; contained: number; ok: boolean }> }).__benchFloor(id!, name!),
      [platform, 'Bench Sharer'],
    );
    if (!run.ok) throw new Error(`${platform}: the floor script's steps did not verify`);
    return run.contained - run.t0;
  } finally {
    await meeting.page.close();
  }
}

async function detection(bench: BenchBrowser, platform: ReplicaPlatform, joins: number): Promise<number[]> {
  const meeting = await openReplica(bench, platform);
  try {
    // A fresh panel follows the newest meeting (the practice runs before may have pinned another).
    await bench.panel.reload();
    await bench.panel.evaluate(installPanelRecorder);
    const pageOffset = await dateNowOffset(meeting.page);
    const panelOffset = await dateNowOffset(bench.panel);
    const started: Record<string, number> = {};
    for (let i = 0; i < joins; i++) {
      const name = `Detect ${platform} ${i}`;
      started[name] = (await pageNow(meeting.page)) + pageOffset;
      await meeting.client.join(name);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const names = Object.keys(started);
    await pollUntil(async () => {
      const rows = (await bench.panel.evaluate(readPanelRecorder)).rows;
      return names.every((name) => rows[name]);
    }, `${platform}: every join alert in the panel`, { timeoutMs: 20_000 });
    const rows = (await bench.panel.evaluate(readPanelRecorder)).rows;
    return names.map((name) => rows[name]!.rowAt + panelOffset - started[name]!);
  } finally {
    await meeting.page.close();
  }
}

/** The adapter's own observer passes in a 500-person meeting while people join, rename and leave. */
async function roster500(bench: BenchBrowser, platform: ReplicaPlatform) {
  const meeting = await openReplica(bench, platform, 'participants=500');
  try {
    const frame = await clientFrame(meeting.page);
    await frame.evaluate(await floorScript());
    await frame.evaluate((id) => {
      const probe = (window as unknown as { __benchCost: (p: string) => { batches: number[]; stop(): void } }).__benchCost(id);
      Object.assign(window, { __benchProbe: probe });
    }, platform);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (let i = 0; i < 60; i++) {
      const id = await meeting.client.join(`Crowd ${i}`);
      if (i % 3 === 1) await meeting.page.evaluate(([who, to]) => window.__replica!.rename(who!, to!), [id, `Crowd ${i} (renamed)`]);
      if (i % 3 === 2) await meeting.page.evaluate((who) => window.__replica!.leave(who), id);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const batches = await frame.evaluate(() => {
      const probe = (window as unknown as { __benchProbe: { batches: number[]; stop(): void } }).__benchProbe;
      probe.stop();
      return probe.batches;
    });
    const { p95 } = summary(batches);
    return { longestTaskMs: Math.round(Math.max(...batches) * 10) / 10, batchP95Ms: p95 };
  } finally {
    await meeting.page.close();
  }
}

/** Every real client's figures, on its replica at its real URL with realistic menu delays. */
export async function measurePlatforms(
  bench: BenchBrowser,
  { runs, joins, progress }: { runs: number; joins: number; progress: (message: string) => void },
): Promise<Record<ReplicaPlatform, PlatformFigures>> {
  const out = {} as Record<ReplicaPlatform, PlatformFigures>;
  for (const platform of REPLICA_PLATFORMS) await routeReplica(bench.extension.context, platform);
  for (const platform of REPLICA_PLATFORMS) {
    progress(`${platform}: detection over ${joins} joins, panic and floor ${runs} runs each, a 500-person roster…`);
    const detected = await detection(bench, platform, joins);
    await panicOnce(bench, platform);
    await floorOnce(bench, platform);
    const panics: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < runs; i++) {
      panics.push(await panicOnce(bench, platform));
      floors.push(await floorOnce(bench, platform));
    }
    const panic = summary(panics);
    const panicFloor = summary(floors);
    out[platform] = {
      detection: summary(detected),
      panic,
      panicFloor,
      panicRatio: Math.round((panic.p50 / panicFloor.p50) * 100) / 100,
      roster500: await roster500(bench, platform),
    };
  }
  return out;
}
