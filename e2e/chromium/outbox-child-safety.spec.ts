import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { isImageType } from '../../src/shared/report-wire/schema';
import { shortcutOf } from '../support/shortcut';
import { expect, pressShortcut, test } from '../support/fixtures';
import { imageSignatures, scanExtensionData } from '../support/image-scan';
import { imageBytesHeld, outboxItems, useReceiver } from '../support/outbox';
import { checkReceived } from '../support/outbox-received';
import { alertsOfKind } from '../support/panel-view';
import { shareView, startScenario } from '../support/practice-host';
import { startReceiver, type RunningReceiver } from '../support/receiver';
import { serveTimeline } from '../support/timeline';

// reliability-security.md §8.2 / E3: once the host marks content as sexual content involving
// minors, no image of the meeting may remain on disk, reach the receiver or enter the bundle.
const DATABASES = ['hostguard-evidence', 'hostguard-outbox'];
const SHARER = { id: 'sharer', name: 'Nathan Roy' };

let receiver: RunningReceiver;
test.beforeEach(async () => {
  receiver = await startReceiver();
});
test.afterEach(async () => {
  await receiver.close();
});

test('a child-safety report deletes every frame, sends and bundles none, and still delivers the report', async ({
  extension,
  server,
  openPractice,
  openPanel,
}) => {
  test.setTimeout(60_000);
  const script = serveTimeline(server, [
    { at: 0, type: 'join', id: SHARER.id, name: SHARER.name },
    { at: 0, type: 'share-start', id: SHARER.id },
  ]);
  const meeting = await openPractice({ script });
  const worker = await extension.serviceWorker();
  await useReceiver(worker, receiver);
  await meeting.page.bringToFront();
  await startScenario(meeting.page);
  await expect(shareView(meeting.page)).toHaveAttribute('data-participant-id', SHARER.id);
  const meetingId = (await meeting.session())!.id;

  // A real key press on the meeting tab grants activeTab there: tab screenshots start.
  await pressShortcut(meeting.page, shortcutOf('lock-meeting'));
  await expect.poll(() => imageBytesHeld(worker, meetingId), { timeout: 15_000 }).toBeGreaterThan(0);

  const panel = await openPanel();
  // The scanner finds the frames now, so its zero later means something.
  const before = await panel.evaluate(scanExtensionData, DATABASES);
  expect(before.hits.filter((hit) => hit.startsWith('hostguard-evidence/blobs: jpeg'))).not.toHaveLength(0);

  await alertsOfKind(panel, 'fresh-joiner-sharing').getByRole('button', { name: 'Report', exact: true }).click();
  const dialog = panel.getByTestId('report-dialog');
  await dialog.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Sexual content involving minors' });
  const platformForm = dialog.getByRole('checkbox', { name: /own report form/ });
  if (await platformForm.isVisible()) await platformForm.uncheck();
  await dialog.getByRole('button', { name: 'Send report' }).click();
  const item = outboxItems(panel);
  await expect(item).toHaveAttribute('data-state', 'delivered', { timeout: 15_000 });

  // Nothing on this machine: the evidence and outbox databases, storage.local and storage.session.
  expect(await imageBytesHeld(worker, meetingId)).toBe(0);
  const after = await panel.evaluate(scanExtensionData, DATABASES);
  expect(after.hits).toEqual([]);
  expect(after.binaries, 'the scan read the JSON snapshots still held').toBeGreaterThan(0);

  // Nothing at the receiver: no image bytes held, none attached; the frames are there as hashes.
  const received = await checkReceived(receiver);
  expect(received.reports).toHaveLength(1);
  const [stored] = received.reports;
  expect(stored!.category).toBe('sexual-minors');
  expect(received.imageBytes).toBe(0);
  const frames = stored!.report.evidence.entries.filter((e) => isImageType(e.mediaType));
  expect(frames.length, 'the frames are listed, hash only').toBeGreaterThan(0);
  expect(frames.filter((e) => e.attached)).toEqual([]);
  const rows = (await receiver.store.evidenceRows([stored!.id])).get(stored!.id) ?? [];
  expect(rows.filter((row) => isImageType(row.mediaType) && (row.attached || row.held))).toEqual([]);
  for (const frame of frames) expect(await receiver.store.readEvidence(frame.sha256)).toBeUndefined();
  expect(received.chainsVerified).toBe(1);

  // Nothing in the evidence bundle the host downloads.
  const download = panel.waitForEvent('download');
  await item.getByRole('button', { name: 'Download evidence bundle' }).click();
  const zip = new Uint8Array(await readFile((await (await download).path())!));
  const files = unzipSync(zip);
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['manifest.json', 'timeline.json', 'summary.html']));
  expect(Object.keys(files).filter((name) => /\.(jpe?g|png|gif|webp)$/i.test(name))).toEqual([]);
  expect(imageSignatures(zip)).toEqual([]);
  for (const [name, bytes] of Object.entries(files)) expect(imageSignatures(bytes), name).toEqual([]);
});
