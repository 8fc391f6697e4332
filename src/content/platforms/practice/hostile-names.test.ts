import { afterEach, describe, expect, it } from 'vitest';
import { practiceAdapter } from './adapter';
import { $, mountPractice, record, type PracticePage, type Recorder } from './practice.fixture';

let page: PracticePage | undefined;
let recorder: Recorder | undefined;
afterEach(() => {
  recorder?.stop();
  page?.unmount();
});
const signal = () => AbortSignal.timeout(8_000);

/** Names chosen to look like the client's own controls and labels. */
const DECOYS = [
  ['decoy-remove', 'Remove'],
  ['decoy-more', 'More options'],
  ['decoy-stop', 'Stop share'],
  ['decoy-host', 'You (Host, me)'],
  ['decoy-cohost', 'Amélie Durand (Co-host)'],
  ['decoy-lock', 'Lock meeting'],
  ['decoy-report', 'Report sent'],
] as const;
const joins = DECOYS.map(([id, name]) => ({ type: 'join', id, name }));

async function mountWithDecoys(extra: object[] = []) {
  page = mountPractice('delay=10', [...joins, ...extra]);
  recorder = record();
  await page.start();
  await recorder.next('joined', (e) => e.participant.id === 'decoy-report');
}

describe('participants cannot steer the adapter through their names', () => {
  it('an impostor named "(Host, me)" or "(Co-host)" stays a participant', async () => {
    await mountWithDecoys();
    const joined = recorder!.events.flatMap((e) => (e.kind === 'joined' ? [e.participant] : []));
    for (const participant of joined) expect(participant).toMatchObject({ role: 'participant', self: false });
    expect(joined.find((p) => p.id === 'decoy-host')?.name).toBe('You (Host, me)');
  });

  it('removing someone acts on the row key, not on a participant called "Remove"', async () => {
    await mountWithDecoys();
    const result = await practiceAdapter.actions.remove!(
      { id: 'remove', participantId: 'p5', blockRejoin: true },
      signal(),
    );
    expect(result.ok).toBe(true);
    expect($('[data-participant-id="p5"]')).toBeNull();
    for (const [id] of DECOYS) expect($(`[data-participant-id="${id}"]`)).not.toBeNull();
  });

  it('stop-share stops the sharer, even with a participant called "Stop share" present', async () => {
    await mountWithDecoys([{ type: 'share-start', id: 'decoy-more' }]);
    await recorder!.next('share-started');
    const result = await practiceAdapter.actions['stop-share']!(
      { id: 'stop-share', participantId: 'decoy-more' },
      signal(),
    );
    expect(result).toMatchObject({ ok: true, detail: 'share stopped' });
    expect($('[data-participant-id="decoy-stop"]')).not.toBeNull();
  });

  it('a participant called "Report sent" does not make a cancelled report look submitted', async () => {
    await mountWithDecoys();
    const result = await practiceAdapter.actions.report!(
      { id: 'report', participantId: 'decoy-lock', category: 'harassment', description: '', alsoRemove: false },
      signal(),
    );
    expect(result.code).toBe('awaiting-host');
    $<HTMLButtonElement>('#pm-report-dialog .pm-dialog__actions button')!.click();
    expect(await recorder!.next('report-closed')).toMatchObject({ participantId: 'decoy-lock', submitted: false });
  });

  it('settings are read from the menu, not from a participant called "Lock meeting"', async () => {
    await mountWithDecoys();
    const result = await practiceAdapter.actions['set-settings']!(
      { id: 'set-settings', changes: { locked: true } },
      signal(),
    );
    expect(result).toMatchObject({ ok: true, before: { locked: false }, after: { locked: true } });
  });
});
