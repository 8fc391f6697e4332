import { DESTINATIONS_KEY } from '../../src/shared/model/destinations';
import { expect, test } from '../support/fixtures';
import { endpointLine, fileThroughHook, hookDraft, outboxItem, outboxItems, useReceiver } from '../support/outbox';
import { checkReceived, utf8Hex } from '../support/outbox-received';
import { alertsOfKind } from '../support/panel-view';
import { shareView, startScenario } from '../support/practice-host';
import { startReceiver, type RunningReceiver } from '../support/receiver';
import { serveTimeline } from '../support/timeline';

// An attacker's name as it arrives: a decomposed é (NFC would change the bytes), a bidi
// override, markup, a zero-width space and an emoji. The report must carry it byte-exact.
const RAW_NAME = 'Zoe\u0301 \u202e<b>H\u00f4te</b>\u200b \u{1F600}';
const JOINER = { id: 'sharer', name: RAW_NAME };

let receiver: RunningReceiver;
test.beforeEach(async () => {
  receiver = await startReceiver();
});
test.afterEach(async () => {
  await receiver.close();
});

test('a report sent from the threat alert reaches the receiver once, chain verified, names and evidence exact', async ({
  extension,
  server,
  openPractice,
  openPanel,
}) => {
  const script = serveTimeline(server, [
    { at: 0, type: 'join', id: JOINER.id, name: JOINER.name },
    { at: 0, type: 'share-start', id: JOINER.id },
  ]);
  const meeting = await openPractice({ script });
  await useReceiver(await extension.serviceWorker(), receiver);
  const panel = await openPanel();
  await meeting.page.bringToFront();
  await startScenario(meeting.page);
  await expect(shareView(meeting.page)).toHaveAttribute('data-participant-id', JOINER.id);

  // The host's path: Report on the alert, a note, Send.
  await panel.bringToFront();
  const alert = alertsOfKind(panel, 'fresh-joiner-sharing');
  await alert.getByRole('button', { name: 'Report', exact: true }).click();
  const dialog = panel.getByTestId('report-dialog');
  await expect(dialog.getByRole('combobox', { name: 'Category' })).toBeVisible();
  const platformForm = dialog.getByRole('checkbox', { name: /own report form/ });
  if (await platformForm.isVisible()) await platformForm.uncheck();
  await dialog.getByRole('textbox', { name: 'What happened (optional)' }).fill('TEST: shared a screen on joining');
  await dialog.getByRole('button', { name: 'Send report' }).click();

  const item = outboxItems(panel);
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-state', 'delivered', { timeout: 15_000 });
  await expect(endpointLine(item)).toHaveAttribute('data-state', 'delivered');
  await expect(endpointLine(item)).toContainText('Delivered');

  const received = await checkReceived(receiver);
  expect(received.reports).toHaveLength(1);
  const [stored] = received.reports;
  expect(stored!.idempotencyKey).toBe(await item.getAttribute('data-key'));
  expect(stored!.chainStatus).toBe('verified');
  expect(received.chainsVerified).toBe(1);
  expect(stored!.report.note).toBe('TEST: shared a screen on joining');
  // Raw names, byte for byte: as scripted, and as the background's session holds them.
  const sent = stored!.report.participants.find((p) => p.id === JOINER.id);
  expect(utf8Hex(sent?.name ?? '')).toBe(utf8Hex(RAW_NAME));
  const session = await meeting.session();
  for (const person of stored!.report.participants)
    expect(utf8Hex(person.name)).toBe(utf8Hex(session!.participants[person.id]!.name));
  // Every attached entry's bytes are held by the receiver under the right SHA-256.
  expect(received.attached, 'the report attached evidence').toBeGreaterThan(0);
  expect(received.problems).toEqual([]);
  expect(received.attachedHeld).toBe(received.attached);
  const kinds = new Set(stored!.report.evidence.entries.filter((e) => e.attached).map((e) => e.kind));
  expect([...kinds]).toEqual(expect.arrayContaining(['roster', 'timeline']));
});

test('the options page saves a localhost receiver, and the outbox then delivers there', async ({
  extension,
  openPractice,
  openPanel,
}) => {
  const options = await extension.context.newPage();
  await options.goto(extension.url('src/panel/options.html'));
  const form = options.getByTestId('endpoint-form');
  // localhost, not 127.0.0.1: the form's own URL is what the outbox must use.
  const url = receiver.url.replace('127.0.0.1', 'localhost');
  await form.getByLabel('Receiver URL (https://…)').fill(url);
  await form.getByLabel('Access token').fill(receiver.token);
  await form.getByRole('button', { name: 'Save receiver' }).click();
  await expect(form.getByTestId('endpoint-message')).toHaveText(`Saved: reports go to ${new URL(url).origin}.`);
  const worker = await extension.serviceWorker();
  const saved = await worker.evaluate((key) => chrome.storage.local.get(key), DESTINATIONS_KEY);
  expect(saved[DESTINATIONS_KEY]).toEqual({ endpoint: { url, token: receiver.token } });

  const meeting = await openPractice();
  const [key] = await fileThroughHook(worker, meeting.tabId, [hookDraft('TEST: via the options page', ['p3'])]);
  const panel = await openPanel();
  await expect(outboxItem(panel, key!)).toHaveAttribute('data-state', 'delivered', { timeout: 15_000 });
  const received = await checkReceived(receiver);
  expect(received.reports.map((r) => [r.idempotencyKey, r.report.note])).toEqual([[key, 'TEST: via the options page']]);
  expect(received.chainsVerified).toBe(1);
  expect(received.problems).toEqual([]);
});
