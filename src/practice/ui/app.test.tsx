import { afterEach, describe, expect, it } from 'vitest';
import { $, $$, byText, mountForTest, practiceLog, rowOf, until } from './test-dom';

let page: ReturnType<typeof mountForTest> | undefined;
afterEach(() => page?.unmount());
const mount = (...args: Parameters<typeof mountForTest>) => (page = mountForTest(...args));

async function openSecurityMenu() {
  $('#pm-security-button')!.click();
  return until(() => ($$('#pm-security-menu [role^="menuitem"]').length > 0 ? $('#pm-security-menu') : null));
}
const item = (label: string) => byText('#pm-security-menu [role^="menuitem"]', label)!;

describe('practice meeting: layout', () => {
  it('shows the base roster in client order with role labels apart from names', async () => {
    mount();
    const rows = await until(() =>
      $$('#pm-participants-list [data-participant-id]').length === 6
        ? $$('#pm-participants-list [data-participant-id]')
        : null,
    );
    expect(rows.map((row) => $('.pm-participant__name', row)!.textContent)).toEqual([
      'You',
      'Amélie Durand',
      "James O'Connor",
      'Sophie Lefèvre',
      'Karim Benali',
      'Emily Carter',
    ]);
    expect(rows.map((row) => $('.pm-participant__role', row)!.textContent)).toEqual([
      '(Host, me)',
      '(Co-host)',
      '',
      '',
      '',
      '',
    ]);
    expect($('#pm-participants-title')!.textContent).toBe('Participants (6)');
    expect($('#pm-title')!.textContent).toBe('Weekly community meeting (practice)');
    expect($('#pm-lock-indicator')).toBeNull();
  });

  it('closing the participants panel takes the rows out of the page, like a virtualised roster', async () => {
    mount();
    $('#pm-participants-button')!.click();
    await until(() => !$('#pm-participants-list'));
    expect($$('[role="listitem"][data-participant-id]')).toHaveLength(0);
    $('#pm-participants-button')!.click();
    await until(() => rowOf('p6'));
  });
});

describe('practice meeting: Security menu', () => {
  it('opens at once but renders its items only after `delay`', async () => {
    mount('delay=60');
    $('#pm-security-button')!.click();
    await until(() => $('#pm-security-menu'));
    expect($$('#pm-security-menu [role^="menuitem"]')).toHaveLength(0);
    await until(() => $$('#pm-security-menu [role^="menuitem"]').length === 6);
    expect(
      $$('#pm-security-menu [role="menuitemcheckbox"]').map((i) => [i.textContent, i.getAttribute('aria-checked')]),
    ).toEqual([
      ['Lock meeting', 'false'],
      ['Share screen', 'true'],
      ['Chat', 'true'],
      ['Rename themselves', 'true'],
      ['Unmute themselves', 'true'],
    ]);
    expect(item('Suspend participant activities').getAttribute('role')).toBe('menuitem');
  });

  it('a toggle applies at once and keeps the menu open; the lock shows in the header', async () => {
    mount();
    await openSecurityMenu();
    item('Lock meeting').click();
    await until(() => $('#pm-lock-indicator'));
    expect($('#pm-lock-indicator')!.textContent).toBe('Meeting locked');
    expect(item('Lock meeting').getAttribute('aria-checked')).toBe('true');
    item('Chat').click();
    await until(() => $('.pm-chat__disabled'));
    expect($('.pm-chat__disabled')!.textContent).toBe('Chat is disabled for participants');
    expect($('#pm-security-menu')).not.toBeNull();
    expect(practiceLog().map((e) => e.type)).toEqual(expect.arrayContaining(['locked', 'setting-changed']));
  });

  it('closes on Escape and on a click outside', async () => {
    mount();
    await openSecurityMenu();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => !$('#pm-security-menu'));
    await openSecurityMenu();
    $('#pm-stage')!.click();
    await until(() => !$('#pm-security-menu'));
  });

  it('Suspend asks first, then contains everything and shows the banner until an activity is re-enabled', async () => {
    mount();
    await openSecurityMenu();
    item('Suspend participant activities').click();
    const dialog = await until(() => $('#pm-suspend-dialog[role="dialog"]'));
    expect($('#pm-security-menu')).toBeNull();
    expect($('.pm-dialog__title', dialog)!.textContent).toBe('Suspend participant activities?');
    byText('button', 'Suspend', dialog)!.click();
    await until(() => $('#pm-suspended-banner'));
    expect($('#pm-suspended-banner')!.textContent).toBe('Participant activities suspended');
    expect($('#pm-lock-indicator')).not.toBeNull();
    await openSecurityMenu();
    expect(item('Share screen').getAttribute('aria-checked')).toBe('false');
    item('Lock meeting').click();
    await until(() => !$('#pm-lock-indicator'));
    expect($('#pm-suspended-banner')).not.toBeNull();
    item('Rename themselves').click();
    await until(() => !$('#pm-suspended-banner'));
  });
});
