import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/protocol/limits';
import {
  $,
  dialogButton,
  hostClicks,
  menuItem,
  mountPractice,
  record,
  settled,
  type PracticePage,
  type Recorder,
  moreOf,
} from './practice.fixture';

let page: PracticePage | undefined;
let recorder: Recorder | undefined;
afterEach(() => {
  recorder?.stop();
  page?.unmount();
});

describe('practice adapter: chat, reports and names', () => {
  it('emits only chat messages that appear after start, each once, even across a closed panel', async () => {
    page = mountPractice('delay=0', [
      { at: 0, type: 'chat', id: 'p4', text: 'old news' },
      { at: 50, type: 'chat', id: 'p5', text: 'new' },
    ]);
    await page.start();
    await hostClicks(() => ($('.pm-chat__message') ? $('#pm-chat-button') : null));
    recorder = record();
    await hostClicks('#pm-chat-button');
    expect(await recorder.next('chat')).toMatchObject({ participantId: 'p5', name: 'Karim Benali', text: 'new' });
    await hostClicks('#pm-chat-button', () => ($('#pm-chat-list') ? null : $('#pm-chat-button')));
    await hostClicks(() => ($('#pm-chat-list') ? $('#pm-title') : null));
    await settled();
    expect(recorder.events.filter((e) => e.kind === 'chat')).toHaveLength(1);
  });

  it('report-closed says whether the host submitted ("Report sent") or cancelled', async () => {
    page = mountPractice('delay=0');
    recorder = record();
    await hostClicks(moreOf('p3'), menuItem('Report'), dialogButton('#pm-report-dialog', 'Cancel'));
    expect(await recorder.next('report-closed')).toMatchObject({ participantId: 'p3', submitted: false });
    await hostClicks(moreOf('p4'), menuItem('Report'));
    const select = $<HTMLSelectElement>('#pm-report-dialog select')!;
    select.value = 'other';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await hostClicks(() => $('#pm-report-dialog button.pm-button--primary:not([disabled])'));
    expect(await recorder.next('report-closed', (e) => e.participantId === 'p4')).toMatchObject({ submitted: true });
  });

  it('reads names as raw text, whole: the bridge clamps them (clamp-event.ts)', async () => {
    const long = `<b>${'n'.repeat(20_000)}`;
    page = mountPractice('delay=0', [{ type: 'join', id: 'long', name: long }]);
    recorder = record();
    await page.start();
    const joined = await recorder.next('joined');
    expect(joined.participant.name).toBe(long);
    expect(long.length).toBeGreaterThan(LIMITS.name);
  });
});
