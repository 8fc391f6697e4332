import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../../shared/model/meeting-event';
import { meetAdapter } from '../adapter';
import { eventually, mountMeet, settle, type MeetPage } from '../meet.fixture';
import type { MeetReplicaOptions } from '../../../../replicas/meet/client';

let page: MeetPage | undefined;
let controller: AbortController | undefined;
afterEach(() => {
  controller?.abort();
  page?.unmount();
  page = undefined;
});

const signal = () => AbortSignal.timeout(8000);
const actions = meetAdapter.actions;

/** Mounts, starts observing, and returns the adapter's id of each participant by name. */
async function ready(options: MeetReplicaOptions = {}) {
  page = mountMeet(options);
  const events: MeetingEvent[] = [];
  controller = new AbortController();
  meetAdapter.start(document, (event) => events.push(event), controller.signal);
  const roster = await eventually(() => events.find((e) => e.kind === 'roster'), 'roster');
  const idOf = (name: string) => {
    const found = roster.kind === 'roster' ? roster.participants.find((p) => p.name === name) : undefined;
    if (!found) throw new Error(`no ${name}`);
    return found.id;
  };
  return { events, idOf, control: page.control };
}
const state = () => page!.control.state();

describe.each(['live', 'aria-only'] as const)('Meet actions (%s attributes)', (attributes) => {
  it('remove with Block: confirmation ticked, row gone, name kept out', async () => {
    const { idOf } = await ready({ attributes });
    const result = await actions.remove!(
      { id: 'remove', participantId: idOf('Ben Okafor'), blockRejoin: true },
      signal(),
    );
    expect(result).toMatchObject({ ok: true, code: 'done' });
    expect(state().removed).toEqual([expect.objectContaining({ name: 'Ben Okafor', blockRejoin: true })]);
  });

  it('stop-share removes the presentation entry only', async () => {
    const { idOf, control } = await ready({ attributes });
    control.share(page!.idOf('Ana Souza'));
    await eventually(() => document.body.textContent?.includes('Ana Souza (Presentation)'), 'presentation');
    const result = await actions['stop-share']!({ id: 'stop-share', participantId: idOf('Ana Souza') }, signal());
    expect(result).toMatchObject({ ok: true, detail: 'presentation removed from the call' });
    expect(state().settings.shareAllowed).toBe(true);
    expect(state().participants.some((p) => p.sharing)).toBe(false);
  });

  it('set-settings: the four settings, before and after read from the page, People reopened', async () => {
    await ready({ attributes });
    const changes = {
      shareAllowed: false,
      locked: true,
      chatAllowed: false,
      unmuteAllowed: false,
      renameAllowed: false,
    };
    const result = await actions['set-settings']!({ id: 'set-settings', changes }, signal());
    expect(result.ok, result.detail).toBe(true);
    expect(result.before).toEqual({ shareAllowed: true, locked: false, chatAllowed: true, unmuteAllowed: true });
    expect(result.after).toEqual({ shareAllowed: false, locked: true, chatAllowed: false, unmuteAllowed: false });
    expect(result.detail).toContain('Meet has no renameAllowed');
    expect(state().settings).toEqual({ shareAllowed: false, locked: true, chatAllowed: false, unmuteAllowed: false });
    expect(document.querySelector('[role="list"][aria-label="Participants"]')).not.toBeNull();
    const back = await actions['set-settings']!(
      { id: 'set-settings', changes: { locked: false, shareAllowed: true } },
      signal(),
    );
    expect(back.after).toEqual({ shareAllowed: true, locked: false });
  });
});

describe('Meet actions: other builds and failures', () => {
  it('stop-share falls back to "Share their screen" when the presentation offers no menu', async () => {
    const { idOf, control } = await ready();
    control.share(page!.idOf('Ana Souza'));
    const entry = await eventually(
      () => document.querySelector('[role="listitem"][aria-label="Ana Souza (Presentation)"]'),
      'presentation entry',
    );
    entry.querySelector('button')!.remove();
    const result = await actions['stop-share']!({ id: 'stop-share', participantId: idOf('Ana Souza') }, signal());
    expect(result.ok, result.detail).toBe(true);
    expect(result.detail).toContain('Share their screen');
    expect(result.before).toEqual({ shareAllowed: true });
    expect(result.after).toEqual({ shareAllowed: false });
    expect(state().participants.some((p) => p.sharing)).toBe(false);
  });

  it('stop-share on someone not presenting is done at once', async () => {
    const { idOf } = await ready();
    const result = await actions['stop-share']!({ id: 'stop-share', participantId: idOf('Ben Okafor') }, signal());
    expect(result).toMatchObject({ ok: true, detail: 'was not presenting' });
  });

  it('set-settings turns Host management back on when its switches are hidden', async () => {
    await ready({ delayMs: 1 });
    document.querySelector<HTMLElement>('button[aria-label="Host controls"]')!.click();
    (
      await eventually(
        () => document.querySelector<HTMLElement>('[role="switch"][aria-label="Host management"]'),
        'switch',
      )
    ).click();
    await eventually(() => !document.querySelector('[aria-label="Share their screen"]'), 'switches hidden');
    const result = await actions['set-settings']!({ id: 'set-settings', changes: { shareAllowed: false } }, signal());
    expect(result.ok, result.detail).toBe(true);
    expect(state().settings.shareAllowed).toBe(false);
  });

  it('set-settings uses the chat panel switch when Host controls has no chat switch', async () => {
    await ready({ delayMs: 1 });
    document.querySelector<HTMLElement>('button[aria-label="Host controls"]')!.click();
    const chat = await eventually(
      () => document.querySelector('[role="switch"][aria-label="Send chat messages"]'),
      'chat switch',
    );
    chat.parentElement!.remove();
    const result = await actions['set-settings']!({ id: 'set-settings', changes: { chatAllowed: false } }, signal());
    expect(result).toMatchObject({ ok: true, before: { chatAllowed: true }, after: { chatAllowed: false } });
    expect(state().settings.chatAllowed).toBe(false);
  });

  it('remove of someone not in the call is target-missing, and touches nothing', async () => {
    await ready();
    const result = await actions.remove!(
      { id: 'remove', participantId: 'spaces/x/devices/999', blockRejoin: false },
      signal(),
    );
    expect(result.code).toBe('target-missing');
    expect(state().removed).toEqual([]);
  });

  it('inert controls: remove ends not-verified within the deadline', async () => {
    const { idOf } = await ready({ inert: true, delayMs: 1 });
    const result = await actions.remove!(
      { id: 'remove', participantId: idOf('Ana Souza'), blockRejoin: false },
      signal(),
    );
    expect(result).toMatchObject({ ok: false, code: 'not-verified' });
    expect(result.ms).toBeLessThan(8000);
  });

  it('a hostile name never steers a click: "Remove from the call" as a name is just a row', async () => {
    const { control, events } = await ready();
    control.join('Remove from the call');
    const joined = await eventually(() => events.find((e) => e.kind === 'joined'), 'joined');
    if (joined.kind !== 'joined') throw new Error();
    const result = await actions.remove!(
      { id: 'remove', participantId: joined.participant.id, blockRejoin: false },
      signal(),
    );
    expect(result.ok, result.detail).toBe(true);
    expect(state().removed.map((r) => r.name)).toEqual(['Remove from the call']);
  });
});

describe('Meet report abuse', () => {
  it('prefills "Report abuse" and leaves it to the host; report-closed follows the host\'s click', async () => {
    const { idOf, events } = await ready();
    const participantId = idOf('Chloé Martin');
    const result = await actions.report!(
      { id: 'report', participantId, category: 'harassment', description: 'slurs in chat', alsoRemove: false },
      signal(),
    );
    expect(result).toMatchObject({ ok: true, code: 'awaiting-host' });
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(dialog.querySelector<HTMLSelectElement>('select')!.selectedOptions[0]!.text).toBe(
      'Harassment, bullying and threats',
    );
    expect(dialog.querySelector<HTMLInputElement>('input[type="text"]')!.value).toBe('Chloé Martin');
    expect(dialog.querySelector('textarea')!.value).toBe('slurs in chat');
    expect(state().reports).toEqual([]);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Report')!.click();
    const closed = await eventually(() => events.find((e) => e.kind === 'report-closed'), 'report-closed');
    expect(closed).toMatchObject({ participantId, submitted: true });
    expect(state().reports).toEqual([{ participantId: page!.idOf('Chloé Martin'), submitted: true }]);
  });

  it('with alsoRemove, removes first and still opens the report about them', async () => {
    const { idOf, events } = await ready();
    const participantId = idOf('Ana Souza');
    const result = await actions.report!(
      { id: 'report', participantId, category: 'sexual-minors', description: 'x', alsoRemove: true },
      signal(),
    );
    expect(result.code, result.detail).toBe('awaiting-host');
    expect(state().removed.map((r) => r.name)).toEqual(['Ana Souza']);
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(dialog.querySelector<HTMLSelectElement>('select')!.selectedOptions[0]!.text).toBe(
      'Child sexual abuse and exploitation',
    );
    [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click();
    expect(await eventually(() => events.find((e) => e.kind === 'report-closed'), 'closed')).toMatchObject({
      submitted: false,
    });
  });
});

describe('Meet actions in French', () => {
  it('removes and restricts access with the French chrome', async () => {
    const { idOf } = await ready({ lang: 'fr' });
    const removed = await actions.remove!(
      { id: 'remove', participantId: idOf('Ben Okafor'), blockRejoin: true },
      signal(),
    );
    expect(removed.ok, removed.detail).toBe(true);
    const settings = await actions['set-settings']!(
      { id: 'set-settings', changes: { locked: true, shareAllowed: false } },
      signal(),
    );
    expect(settings.ok, settings.detail).toBe(true);
    expect(state().settings).toMatchObject({ locked: true, shareAllowed: false });
    await settle();
  });
});
