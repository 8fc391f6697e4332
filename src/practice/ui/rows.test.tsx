import { afterEach, describe, expect, it } from 'vitest';
import { $, $$, byText, mountForTest, openRowMenu, practiceLog, rowOf, startScenario, until } from './test-dom';

let page: ReturnType<typeof mountForTest> | undefined;
afterEach(() => page?.unmount());
const mount = (...args: Parameters<typeof mountForTest>) => (page = mountForTest(...args));
const labels = (items: HTMLElement[]) => items.map((item) => item.textContent);
const SHARER = [
  { type: 'join', id: 'bomber', name: 'Bomber' },
  { type: 'share-start', id: 'bomber' },
];

describe('practice meeting: roster row menus and dialogs', () => {
  it('the More menu offers Remove and Report for others, not on your own row', async () => {
    mount();
    expect(labels(await openRowMenu('p3'))).toEqual(['Mute', 'Make co-host', 'Remove', 'Report']);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => !$('#pm-row-menu'));
    expect(labels(await openRowMenu('p1'))).toEqual(['Mute']);
  });

  it('"Stop share" appears only while that person shares, and stops it', async () => {
    mount('delay=0', SHARER);
    await startScenario();
    await until(() => $('#pm-share-view[data-participant-id="bomber"]'));
    expect($('.pm-share-view__indicator')!.textContent).toBe("You are viewing Bomber's screen");
    expect($('.pm-share-card')!.textContent).toBe('TEST: offensive content');
    expect($$('#pm-stage img')).toHaveLength(0);
    expect($('[aria-label="Sharing screen"]', rowOf('bomber')!)).not.toBeNull();
    const items = await openRowMenu('bomber');
    expect(items[0]!.textContent).toBe('Stop share');
    items[0]!.click();
    await until(() => !$('#pm-share-view'));
    expect(practiceLog().at(-1)).toMatchObject({ type: 'share-stopped', participantId: 'bomber', detail: 'by-host' });
  });

  it('Remove asks "Remove <name>?" with "Don\'t allow to rejoin", then removes the row', async () => {
    mount();
    (await openRowMenu('p5')).find((i) => i.textContent === 'Remove')!.click();
    const dialog = await until(() => $('#pm-remove-dialog[data-participant-id="p5"]'));
    expect($('.pm-dialog__title', dialog)!.textContent).toBe('Remove Karim Benali?');
    $<HTMLInputElement>('input[name="block-rejoin"]', dialog)!.click();
    byText('button', 'Remove', dialog)!.click();
    await until(() => !rowOf('p5'));
    expect(practiceLog().find((e) => e.type === 'removed')).toMatchObject({ participantId: 'p5', detail: 'blocked' });
  });

  it('Report opens the native dialog; Submit needs a category and shows "Report sent"', async () => {
    mount();
    (await openRowMenu('p4')).find((i) => i.textContent === 'Report')!.click();
    const dialog = await until(() => $('#pm-report-dialog[data-participant-id="p4"]'));
    expect($('.pm-report__name', dialog)!.textContent).toBe('Sophie Lefèvre');
    const options = [...$<HTMLSelectElement>('select[name="category"]', dialog)!.options].map((o) => o.text);
    expect(options.slice(1)).toEqual([
      'Inappropriate or offensive content',
      'Harassment or hate speech',
      'Disrupting the meeting',
      'Impersonation',
      'Child safety',
      'Other',
    ]);
    const submit = byText('button', 'Submit', dialog) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    const select = $<HTMLSelectElement>('select[name="category"]', dialog)!;
    select.value = 'disruption';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    $<HTMLInputElement>('input[name="also-remove"]', dialog)!.click();
    await until(() => !submit.disabled);
    submit.click();
    await until(() => byText('#pm-toasts li', 'Report sent'));
    expect($('#pm-report-dialog')).toBeNull();
    expect(rowOf('p4')).toBeNull();
    expect(practiceLog().find((e) => e.type === 'report-submitted')).toMatchObject({
      participantId: 'p4',
      detail: 'disruption',
    });
  });

  it('Mute all confirms, then mutes everyone but the host', async () => {
    mount();
    $('.pm-participants__mute-all')!.click();
    const dialog = await until(() => $('#pm-mute-all-dialog'));
    expect($('.pm-dialog__title', dialog)!.textContent).toBe('Mute all current and new participants');
    expect($<HTMLInputElement>('input[name="allow-unmute"]', dialog)!.checked).toBe(true);
    byText('button', 'Continue', dialog)!.click();
    await until(() => $$('#pm-participants-list [aria-label="Unmuted"]').length === 1);
    expect($('[aria-label="Unmuted"]', rowOf('p1')!)).not.toBeNull();
  });
});
