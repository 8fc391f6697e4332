import { expect, test } from '../support/fixtures';
import { formatOutboxKills, measureOutboxWorkerKills } from '../support/outbox-kills';

// R1 (reliability-security.md §9.1): 200 reports, 100 kills of the service worker while the
// outbox drains, at random moments and right after the receiver's commit (before its answer).
// Target: 0 lost, 0 duplicate effects, every chain and evidence hash verified.
test('R1: 100 worker kills while 200 reports drain lose none and store none twice', async ({
  extension,
  openPractice,
}) => {
  // Kills take ~0.5 s each; a batch cut off mid-send waits out its 30 s lease, then goes again.
  test.setTimeout(150_000);
  const meeting = await openPractice();
  const figures = await measureOutboxWorkerKills(extension, meeting.tabId, {
    reports: 200,
    kills: 100,
    progress: (line) => console.log(`[outbox] ${line}`),
  });
  console.log(formatOutboxKills(figures));

  expect(figures.problems).toEqual([]);
  expect(figures.workerKills).toBe(100);
  expect(figures.onStoredKills, 'kills between the receiver commit and its response').toBeGreaterThanOrEqual(10);
  // The receiver's dedup was really exercised: reports whose answer died with a worker went again.
  expect(figures.resent).toBeGreaterThan(0);
  expect(figures.reports).toBe(200);
  expect(figures.stored).toBe(200);
  expect(figures.lost).toBe(0);
  expect(figures.duplicates).toBe(0);
  expect(figures.unknown).toBe(0);
  expect(figures.chainsVerified).toBe(200);
  expect(figures.evidenceAttached).toBeGreaterThan(0);
  expect(figures.evidenceVerified).toBe(figures.evidenceAttached);
  expect(figures.delivery.n).toBe(200);
  expect(figures.settleMs, 'all delivered within 120 s of the last kill').toBeLessThanOrEqual(120_000);
});
