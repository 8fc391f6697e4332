import { afterEach, describe, expect, it } from 'vitest';
import { practiceAdapter } from '../adapter';
import {
  $,
  dialogButton,
  hostClicks,
  mountPractice,
  mountWithSharer,
  record,
  type PracticePage,
} from '../practice.fixture';

let page: PracticePage | undefined;
afterEach(() => page?.unmount());
const act = practiceAdapter.actions;
const signal = () => AbortSignal.timeout(8_000);
const withSharer = async () => {
  page = await mountWithSharer('bomber');
};

describe('practice adapter: actions on one participant', () => {
  it('stop-share: row More → Stop share, verified on the stage', async () => {
    await withSharer();
    const result = await act['stop-share']!({ id: 'stop-share', participantId: 'bomber' }, signal());
    expect(result).toMatchObject({ ok: true, code: 'done', detail: 'share stopped' });
    expect($('#pm-share-view')).toBeNull();
    expect($('#pm-row-menu')).toBeNull();
    expect(page!.log().at(-1)).toMatchObject({ type: 'share-stopped', participantId: 'bomber', detail: 'by-host' });
  });

  it('stop-share on someone not sharing is done at once, without opening menus', async () => {
    await withSharer();
    const result = await act['stop-share']!({ id: 'stop-share', participantId: 'p3' }, signal());
    expect(result).toMatchObject({ ok: true, code: 'done', detail: 'was not sharing' });
    expect($('#pm-row-menu')).toBeNull();
    expect($('#pm-share-view')).not.toBeNull();
  });

  it.each([true, false])(
    'remove (blockRejoin %s): row More → Remove → dialog → Remove; the row is gone',
    async (blockRejoin) => {
      page = mountPractice();
      const result = await act.remove!({ id: 'remove', participantId: 'p5', blockRejoin }, signal());
      expect(result).toMatchObject({ ok: true, code: 'done' });
      expect($('[data-participant-id="p5"]')).toBeNull();
      expect($('#pm-remove-dialog')).toBeNull();
      expect(page.log().at(-1)).toMatchObject({
        type: 'removed',
        participantId: 'p5',
        detail: blockRejoin ? 'blocked' : 'may-rejoin',
      });
    },
  );

  it('report: prefills the native dialog and leaves it open for the host; never submits', async () => {
    page = mountPractice();
    const recorder = record();
    const request = {
      id: 'report',
      participantId: 'p4',
      category: 'harassment',
      description: 'Slurs in chat',
      alsoRemove: true,
    } as const;
    const result = await act.report!(request, signal());
    expect(result).toMatchObject({ ok: true, code: 'awaiting-host' });
    const dialog = $('#pm-report-dialog')!;
    expect(dialog.getAttribute('data-participant-id')).toBe('p4');
    expect($<HTMLSelectElement>('#pm-report-dialog select')!.selectedOptions[0]!.text).toBe(
      'Harassment or hate speech',
    );
    expect($<HTMLTextAreaElement>('#pm-report-dialog textarea')!.value).toBe('Slurs in chat');
    expect($<HTMLInputElement>('#pm-report-dialog input[name="also-remove"]')!.checked).toBe(true);
    expect(page.log().some((e) => e.type === 'report-submitted')).toBe(false);
    // The host submits: the page confirms, the adapter reports it, and "also remove" is honoured.
    await hostClicks(dialogButton('#pm-report-dialog', 'Submit'));
    expect(await recorder.next('report-closed')).toMatchObject({ participantId: 'p4', submitted: true });
    expect(page.log().find((e) => e.type === 'report-submitted')).toMatchObject({
      detail: 'harassment',
      text: 'Slurs in chat',
    });
    expect($('[data-participant-id="p4"]')).toBeNull();
    recorder.stop();
  });

  it('actions open the participants panel when the host has closed it', async () => {
    page = mountPractice();
    await hostClicks('#pm-participants-button', () => ($('#pm-participants-list') ? null : $('#pm-title')));
    const result = await act.remove!({ id: 'remove', participantId: 'p6', blockRejoin: false }, signal());
    expect(result).toMatchObject({ ok: true });
    expect($('#pm-participants-list')).not.toBeNull();
  });
});
