import { afterEach, describe, expect, it } from 'vitest';
import { jitsiAdapter } from '../adapter';
import { mountJitsi, settle, type JitsiPage } from '../jitsi.fixture';
import { muteAll } from './mute-all';
import { remove } from './remove';
import { setSettings } from './set-settings';
import { stopShare } from './stop-share';

let page: JitsiPage | undefined;
afterEach(() => {
  page?.unmount();
  page = undefined;
});
const signal = () => AbortSignal.timeout(8_000);
const sharing = (id: string) => page!.replica.state().participants.find((p) => p.id === id)?.sharing;

describe('Jitsi adapter actions on the replica', () => {
  it('declares only what Jitsi has: no report, no suspend, no chat or rename setting', () => {
    expect(Object.keys(jitsiAdapter.actions).sort()).toEqual(['mute-all', 'remove', 'set-settings', 'stop-share']);
    expect(jitsiAdapter.settings).toEqual(['shareAllowed', 'locked', 'unmuteAllowed']);
    expect(jitsiAdapter.allFrames).toBe(true);
  });

  it('stop-share: the quick action for a muted sharer, the menu and dialog for an unmuted one', async () => {
    page = mountJitsi();
    const ana = page.idOf('Ana Souza');
    const ben = page.idOf('Ben Okafor');
    page.replica.share(ben);
    const quick = await stopShare({ id: 'stop-share', participantId: ben }, signal(), document);
    expect(quick).toMatchObject({ ok: true, code: 'done', detail: 'share stopped (quick action)' });
    expect(sharing(ben)).toBe(false);
    page.replica.share(ana);
    const menu = await stopShare({ id: 'stop-share', participantId: ana }, signal(), document);
    expect(menu).toMatchObject({ ok: true, code: 'done', detail: 'share stopped' });
    expect(sharing(ana)).toBe(false);
    expect(await stopShare({ id: 'stop-share', participantId: ana }, signal(), document)).toMatchObject({
      ok: true,
      detail: 'was not sharing',
    });
  });

  it('remove: kicks by endpoint id, says Jitsi cannot ban, and refuses an unknown id', async () => {
    page = mountJitsi();
    const chloe = page.idOf('Chloé Martin');
    const result = await remove({ id: 'remove', participantId: chloe, blockRejoin: true }, signal(), document);
    expect(result.ok, result.detail).toBe(true);
    expect(result.detail).toContain('cannot block');
    expect(page.replica.state().removed).toEqual([{ id: chloe, name: 'Chloé Martin', blockRejoin: false }]);
    const missing = await remove({ id: 'remove', participantId: 'deadbeef', blockRejoin: false }, signal(), document);
    expect(missing).toMatchObject({ ok: false, code: 'target-missing' });
  });

  it('set-settings: panic and restore, with before/after read from the page', async () => {
    page = mountJitsi();
    const ana = page.idOf('Ana Souza');
    page.replica.share(ana);
    const panic = await setSettings(
      { id: 'set-settings', changes: { shareAllowed: false, locked: true, unmuteAllowed: false } },
      signal(),
      document,
    );
    expect(panic.ok, panic.detail).toBe(true);
    expect(panic.before).toEqual({ shareAllowed: true, locked: false, unmuteAllowed: true });
    expect(panic.after).toEqual({ shareAllowed: false, locked: true, unmuteAllowed: false });
    expect(page.replica.state().settings).toEqual({ shareAllowed: false, locked: true, unmuteAllowed: false });
    // Starting screen-share moderation stopped the non-moderator's share.
    expect(sharing(ana)).toBe(false);
    expect(document.querySelector('.security-dialog')).toBeNull();

    const again = await setSettings({ id: 'set-settings', changes: { locked: true } }, signal(), document);
    expect(again).toMatchObject({ ok: true, detail: 'already as asked' });
    const restore = await setSettings(
      { id: 'set-settings', changes: { shareAllowed: true, locked: false, unmuteAllowed: true } },
      signal(),
      document,
    );
    expect(restore.ok, restore.detail).toBe(true);
    expect(page.replica.state().settings).toEqual({ shareAllowed: true, locked: false, unmuteAllowed: true });

    const chat = await setSettings({ id: 'set-settings', changes: { chatAllowed: false } }, signal(), document);
    expect(chat).toMatchObject({ ok: false, code: 'unsupported' });
  });

  it('mute-all: every other row shows muted; the host stays unmuted', async () => {
    page = mountJitsi({ participants: 6 });
    const result = await muteAll({ id: 'mute-all' }, signal(), document);
    expect(result).toMatchObject({ ok: true, detail: 'muted 6 participants' });
    const people = page.replica.state().participants;
    expect(people.filter((p) => !p.self).every((p) => p.muted)).toBe(true);
    expect(people.find((p) => p.self)?.muted).toBe(false);
    expect(page.replica.state().settings.unmuteAllowed).toBe(true);
  });

  it('works on the French client, and reopens a pane the host closed', async () => {
    page = mountJitsi({ lang: 'fr' });
    const ana = page.idOf('Ana Souza');
    page.replica.share(ana);
    expect((await stopShare({ id: 'stop-share', participantId: ana }, signal(), document)).ok).toBe(true);
    document.querySelector<HTMLElement>('[aria-label="Fermer le panneau des participants"]')!.click();
    await settle(40);
    expect(document.querySelector('#participants-pane')).toBeNull();
    const kicked = await remove(
      { id: 'remove', participantId: page.idOf('Ben Okafor'), blockRejoin: false },
      signal(),
      document,
    );
    expect(kicked.ok, kicked.detail).toBe(true);
    const settings = await setSettings(
      { id: 'set-settings', changes: { shareAllowed: false, locked: true } },
      signal(),
      document,
    );
    expect(settings.ok, settings.detail).toBe(true);
    expect((await muteAll({ id: 'mute-all' }, signal(), document)).ok).toBe(true);
    expect(page.replica.state().settings).toMatchObject({ shareAllowed: false, locked: true });
  });
});
