import { afterEach, describe, expect, it } from 'vitest';
import { remoteName } from '../../../../replicas/zoom/names';
import { zoomAdapter } from '../adapter';
import { mountZoom, tick, until, type ZoomPage } from '../zoom.fixture';

let page: ZoomPage | undefined;
afterEach(() => page?.stop());

const signal = () => AbortSignal.timeout(8_000);
const { actions } = zoomAdapter;

async function ready(options: Parameters<typeof mountZoom>[0] = {}) {
  page = mountZoom(options);
  await until(page.events, (e) => e.kind === 'roster');
  return page;
}

describe('Zoom adapter actions on the replica', () => {
  it('set-settings changes all five through Host tools and reports what the page showed', async () => {
    const p = await ready();
    const changes = {
      shareAllowed: false,
      locked: true,
      chatAllowed: false,
      renameAllowed: false,
      unmuteAllowed: false,
    };
    const result = await actions['set-settings']!({ id: 'set-settings', changes }, signal());
    expect(result, result.detail).toMatchObject({ ok: true, code: 'done' });
    expect(result.before).toEqual({
      shareAllowed: true,
      locked: false,
      chatAllowed: true,
      renameAllowed: true,
      unmuteAllowed: true,
    });
    expect(result.after).toEqual(changes);
    expect(p.control.state().settings).toEqual(changes);
    const restore = await actions['set-settings']!(
      { id: 'set-settings', changes: { shareAllowed: true, locked: false } },
      signal(),
    );
    expect(restore.ok, restore.detail).toBe(true);
    expect(p.control.state().settings).toMatchObject({ shareAllowed: true, locked: false });
  });

  it('remove finds a row far below the rendered window of a 500-person meeting', async () => {
    const p = await ready({ participants: 500 });
    const name = remoteName(300);
    const result = await actions.remove!(
      { id: 'remove', participantId: p.adapterId(name), blockRejoin: true },
      signal(),
    );
    expect(result, result.detail).toMatchObject({ ok: true, code: 'done' });
    expect(p.control.state().removed.map((r) => r.name)).toEqual([name]);
  }, 15_000);

  it('an unknown participant is target-missing', async () => {
    await ready();
    const result = await actions.remove!({ id: 'remove', participantId: 'Nobody Here', blockRejoin: true }, signal());
    expect(result.code).toBe('target-missing');
  });

  it('stop-share makes sharing host-only; a non-sharer is a no-op', async () => {
    const p = await ready();
    expect((await actions['stop-share']!({ id: 'stop-share', participantId: 'Ana Souza' }, signal())).detail).toBe(
      'was not sharing',
    );
    p.control.share(p.replicaId('Ana Souza'));
    const result = await actions['stop-share']!({ id: 'stop-share', participantId: 'Ana Souza' }, signal());
    expect(result, result.detail).toMatchObject({
      ok: true,
      before: { shareAllowed: true },
      after: { shareAllowed: false },
    });
    expect(p.control.state().participants.find((x) => x.name === 'Ana Souza')?.sharing).toBe(false);
  });

  it('report prefills the dialog and leaves it; the host submitting it is reported back', async () => {
    const p = await ready();
    const ben = p.replicaId('Ben Okafor');
    const request = {
      id: 'report',
      participantId: 'Ben Okafor',
      category: 'harassment',
      description: 'slurs',
      alsoRemove: true,
    } as const;
    const result = await actions.report!(request, signal());
    expect(result, result.detail).toMatchObject({ ok: true, code: 'awaiting-host' });
    const dialog = document.querySelector<HTMLElement>('.ReactModal__Content[role="dialog"]')!;
    expect(dialog.querySelector('textarea')?.value).toBe('slurs');
    const ticked = [...dialog.querySelectorAll<HTMLInputElement>('input[name="reason"]')].filter((b) => b.checked);
    expect(ticked.map((b) => b.closest('label')?.textContent)).toEqual(['Harassment or bullying']);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Submit')!.click();
    await until(p.events, (e) => e.kind === 'report-closed');
    expect(p.events.find((e) => e.kind === 'report-closed')).toMatchObject({
      participantId: 'Ben Okafor',
      submitted: true,
    });
    await tick(50);
    expect(p.control.state().reports).toEqual([{ participantId: ben, submitted: true }]);
  });

  it('works on the French client: settings, mute all, remove, suspend', async () => {
    const p = await ready({ lang: 'fr' });
    const settings = await actions['set-settings']!(
      { id: 'set-settings', changes: { locked: true, chatAllowed: false } },
      signal(),
    );
    expect(settings.ok, settings.detail).toBe(true);
    expect((await actions['mute-all']!({ id: 'mute-all' }, signal())).ok).toBe(true);
    const removed = await actions.remove!({ id: 'remove', participantId: 'Chloé Martin', blockRejoin: true }, signal());
    expect(removed.ok, removed.detail).toBe(true);
    const suspended = await actions.suspend!({ id: 'suspend' }, signal());
    expect(suspended, suspended.detail).toMatchObject({
      ok: true,
      after: { chatAllowed: false, renameAllowed: false, unmuteAllowed: false },
    });
    expect(p.control.state()).toMatchObject({ suspended: true, settings: { locked: true, shareAllowed: false } });
    // The confirm's "Report to Zoom" box was unticked: no Zoom report dialog opened over the panic.
    expect(document.querySelector('.ReactModal__Content textarea')).toBeNull();
  });
});
