import { afterEach, describe, expect, it } from 'vitest';
import type { ReplicaControl } from '../replica';
import { byText, click, dialog, hostTools, mount, settle, switchFor } from './test-kit';

let control: ReplicaControl | undefined;
afterEach(() => control?.unmount());

const idOf = (name: string) => control!.state().participants.find((p) => p.name === name)!.id;
const indicator = () => document.querySelector('.sharee-container__indicator');

async function chooseWhoCanShare(option: string) {
  click(document.querySelector('button[role="combobox"][aria-label="Who can share?"]')!);
  await settle();
  click(byText('[role="option"]', option));
  await settle();
}

describe('Zoom replica host tools', () => {
  it('Lock Meeting flips its switch after the delay and refuses later joins', async () => {
    ({ control } = mount());
    await hostTools();
    expect(document.querySelector('.host-tools-panel .panel-shell-header__title')?.textContent).toBe('Host tools');
    expect(switchFor('Lock Meeting').getAttribute('aria-checked')).toBe('false');
    click(switchFor('Lock Meeting'));
    expect(control.state().settings.locked).toBe(false);
    await settle();
    expect(control.state().settings.locked).toBe(true);
    expect(switchFor('Lock Meeting').getAttribute('aria-checked')).toBe('true');
    expect(document.querySelector('#notificationManager')?.textContent).toContain('You have locked the meeting');
    control.join('Late Comer');
    expect(control.state().participants.some((p) => p.name === 'Late Comer')).toBe(false);
  });

  it('Participants page: Chat, Rename and Unmute switches change the meeting', async () => {
    ({ control } = mount());
    await hostTools('Participants');
    expect(document.querySelector('.host-tools-panel__section-label')?.textContent).toBe('Allow participants to:');
    for (const label of ['Chat', 'Rename Themselves', 'Unmute Themselves']) click(switchFor(label));
    await settle();
    expect(control.state().settings).toMatchObject({ chatAllowed: false, renameAllowed: false, unmuteAllowed: false });
    const ana = idOf('Ana Souza');
    control.chat(ana, 'spam');
    control.rename(ana, 'Host');
    expect(control.state().participants.find((p) => p.id === ana)?.name).toBe('Ana Souza');
  });

  it('a share shows the indicator; "Who can share?" = Only Host stops it', async () => {
    ({ control } = mount());
    const ben = idOf('Ben Okafor');
    control.share(ben);
    expect(indicator()?.textContent).toContain("You are viewing Ben Okafor's screen");
    expect(document.querySelector('#sharee-container canvas.sharee-container__canvas')).not.toBeNull();
    click(document.querySelector('button[aria-label="Host tools for share"]')!);
    await settle();
    click(byText('a[role="menuitem"]', 'Host tools for share'));
    await settle();
    await chooseWhoCanShare('Only Host');
    expect(control.state().settings.shareAllowed).toBe(false);
    expect(control.state().participants.find((p) => p.id === ben)?.sharing).toBe(false);
    expect(indicator()).toBeNull();
    control.share(ben);
    expect(indicator()).toBeNull();
    await chooseWhoCanShare('All Participants');
    expect(control.state().settings.shareAllowed).toBe(true);
  });

  it('Suspend Participant Activities: confirm, then everything stops and the report dialog opens', async () => {
    ({ control } = mount());
    control.share(idOf('Ana Souza'));
    await hostTools('Participants');
    click(byText('button', 'Suspend Participant Activities'));
    await settle();
    expect(dialog().querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked).toBe(true);
    click(byText('button', 'Suspend', dialog()));
    await settle();
    const state = control.state();
    expect(state.suspended).toBe(true);
    expect(state.settings).toEqual({
      locked: true,
      shareAllowed: false,
      chatAllowed: false,
      renameAllowed: false,
      unmuteAllowed: false,
    });
    expect(state.participants.some((p) => p.sharing)).toBe(false);
    expect(indicator()).toBeNull();
    expect(dialog().querySelector<HTMLSelectElement>('select')?.selectedOptions[0]?.textContent).toBe(
      "I'll tell you later",
    );
    await settle();
    expect(switchFor('Chat').getAttribute('aria-checked')).toBe('false');
  });

  it('Enable waiting room holds joiners, with a host toast', async () => {
    ({ control } = mount());
    await hostTools();
    click(switchFor('Enable waiting room'));
    await settle();
    control.join('Wanda Waits');
    expect(control.state().participants.some((p) => p.name === 'Wanda Waits')).toBe(false);
    expect(document.querySelector('#notificationManager')?.textContent).toContain(
      'Wanda Waits has entered the waiting room',
    );
  });
});
