import { afterEach, describe, expect, it } from 'vitest';
import type { ReplicaControl } from '../replica';
import { byText, chooseRowItem, click, dialog, mount, openParticipants, row, settle } from './test-kit';

let control: ReplicaControl | undefined;
afterEach(() => control?.unmount());

const idOf = (name: string) => control!.state().participants.find((p) => p.name === name)!.id;

describe('Zoom replica row and panel actions', () => {
  it('row menu items render after the delay, in the 7.2.0 order', async () => {
    ({ control } = mount({ delayMs: 30 }));
    await openParticipants();
    await settle(40);
    click(row('Ben Okafor').querySelector('button[title="More options"]')!);
    expect(document.querySelector('.new-dropdown-menu')).not.toBeNull();
    expect(document.querySelectorAll('.zmu-portal-dropdown__menu-item')).toHaveLength(0);
    await settle(50);
    const items = [...document.querySelectorAll('.zmu-portal-dropdown__menu-item > button')].map((b) => b.textContent);
    expect(items).toEqual([
      'Chat',
      'Ask to Start Video',
      'Add Pin',
      'Make Host',
      'Rename',
      'Allow to Multi-pin',
      'Put in Waiting Room',
      'Remove',
      'Report',
    ]);
  });

  it('Remove → confirm removes the row and records a blocked rejoin', async () => {
    ({ control } = mount());
    await openParticipants();
    const id = idOf('Ben Okafor');
    await chooseRowItem('Ben Okafor', 'Remove');
    expect(dialog().textContent).toContain('Do you want to remove Ben Okafor?');
    click(byText('button', 'Remove', dialog()));
    await settle();
    expect(control.state().removed).toEqual([{ id, name: 'Ben Okafor', blockRejoin: true }]);
    expect(() => row('Ben Okafor')).toThrow();
    expect(document.querySelector('.ReactModal__Content')).toBeNull();
  });

  it('Report: Submit waits for a reason, then submits and removes the reported user', async () => {
    ({ control } = mount());
    await openParticipants();
    const id = idOf('Chloé Martin');
    await chooseRowItem('Chloé Martin', 'Report');
    const form = dialog();
    const select = form.querySelector<HTMLSelectElement>('select')!;
    expect(select.selectedOptions[0]?.textContent).toBe('Chloé Martin');
    const submit = byText<HTMLButtonElement>('button', 'Submit', form);
    expect(submit.hasAttribute('disabled')).toBe(true);
    expect(control.state().reports).toEqual([{ participantId: id, submitted: false }]);
    const reason = byText('label', 'Meeting disruption', form).querySelector('input')!;
    reason.click();
    expect(submit.hasAttribute('disabled')).toBe(false);
    form.querySelector('textarea')!.value = 'shared a shock video';
    click(submit);
    await settle();
    expect(control.state().reports).toEqual([{ participantId: id, submitted: true }]);
    expect(control.state().removed.map((r) => r.id)).toEqual([id]);
  });

  it('Mute All → Continue mutes everyone else and keeps "allow unmute" as ticked', async () => {
    ({ control } = mount());
    await openParticipants();
    click(byText('.participants-section-container__buttom-button', 'Mute All'));
    await settle();
    expect(dialog().textContent).toContain('Mute all current and new participants');
    dialog().querySelector<HTMLInputElement>('input[type="checkbox"]')!.click(); // untick
    click(byText('button', 'Continue', dialog()));
    await settle();
    const state = control.state();
    expect(state.participants.filter((p) => !p.self).every((p) => p.muted)).toBe(true);
    expect(state.settings.unmuteAllowed).toBe(false);
    expect(row('Ana Souza').getAttribute('aria-label')).toContain('computer audio muted');
  });

  it('the host renames a participant through Rename', async () => {
    ({ control } = mount());
    await openParticipants();
    await chooseRowItem('Ana Souza', 'Rename');
    dialog().querySelector<HTMLInputElement>('input[type="text"]')!.value = 'Ana S.';
    click(byText('button', 'Change', dialog()));
    await settle();
    expect(row('Ana S.')).toBeTruthy();
  });

  it('Put in Waiting Room moves the row out, Admit brings it back', async () => {
    ({ control } = mount());
    await openParticipants();
    await chooseRowItem('Ana Souza', 'Put in Waiting Room');
    await settle();
    expect(() => row('Ana Souza')).toThrow();
    expect(document.querySelector('.waiting-room-list-container')?.textContent).toContain('Ana Souza');
    click(byText('button', 'Admit'));
    await settle();
    expect(row('Ana Souza')).toBeTruthy();
  });
});
