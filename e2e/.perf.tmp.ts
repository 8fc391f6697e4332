import { launchExtension } from './support/extension';
import { startStaticServer } from './support/server';
import { BUILD_DIRS } from './support/paths';
import { serveTimeline } from './support/timeline';
const server = await startStaticServer(BUILD_DIRS.chromeTest);
const ext = await launchExtension();
const crowd = Array.from({ length: 2000 }, (_, i) => ({ at: 0, type: 'join', id: `c${i}`, name: `Crowd member ${i}` }));
const joins = Array.from({ length: 100 }, (_, i) => ({
  at: 3000 + i * 100,
  type: 'join',
  id: `j${i}`,
  name: `Joiner ${i}`,
}));
const script = serveTimeline(server, [...crowd, ...joins] as never);
const { page } = await ext.newTab();
await page.goto(`${server.origin}/src/practice/index.html?script=${encodeURIComponent(script)}`);
await page.waitForTimeout(1500);
const panel = process.argv[2] === 'nopanel' ? null : await ext.openPanel();
await page.bringToFront();
await page.click('#pm-start-scenario');
await page.waitForTimeout(16000);
const sw = await ext.serviceWorker();
const perf = await sw.evaluate(() => (globalThis as unknown as { __perf?: number[][] }).__perf ?? []);
const tail = perf.slice(5);
const q = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.floor(p * (a.length - 1))];
console.log('batches', perf.length, 'events/batch max', Math.max(...tail.map((x) => x[2]!)));
console.log(
  'lag p50/p95',
  q(
    tail.map((x) => x[0]!),
    0.5,
  ),
  q(
    tail.map((x) => x[0]!),
    0.95,
  ),
);
console.log(
  'handler ms p50/p95',
  q(
    tail.map((x) => x[1]!),
    0.5,
  ),
  q(
    tail.map((x) => x[1]!),
    0.95,
  ),
);
void panel;
await ext.close();
await server.close();
