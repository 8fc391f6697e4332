import { afterEach, describe, expect, it } from 'vitest';
import { byText, mount, sleep, until, type Mounted } from './testing';

let m: Mounted;
afterEach(() => m.done());

async function openMeetingOptions(): Promise<HTMLElement> {
  document.querySelector<HTMLElement>('#callingButtons-showMoreBtn')!.click();
  (await until(() => byText('[role="menuitem"]', 'Settings'), 'Settings')).click();
  (await until(() => byText('[role="menuitem"]', 'Meeting options'), 'Meeting options')).click();
  return until(
    () => document.querySelector<HTMLElement>('[role="region"][aria-label="Meeting options"] [role="tablist"]'),
    'tabs',
  );
}

async function tab(label: string): Promise<void> {
  byText('[role="tab"]', label)!.click();
  await until(() => byText('[role="tab"][aria-selected="true"]', label), label);
}

async function pick(dropdownLabel: string, option: string): Promise<void> {
  const label = byText('label', dropdownLabel)!;
  const button = document.querySelector<HTMLElement>(`[role="combobox"][aria-labelledby^="${label.id}"]`)!;
  button.click();
  (await until(() => byText('[role="option"]', option), option)).click();
}

async function save(): Promise<void> {
  const button = byText('button', 'Save') as HTMLButtonElement;
  expect(button.disabled).toBe(false);
  button.click();
  await until(() => byText('button', 'Save') && (byText('button', 'Save') as HTMLButtonElement).disabled, 'saved');
  await sleep(20);
}

describe('Teams replica: meeting options pane', () => {
  it('turns meeting chat off on Save; chat sent afterwards never exists', async () => {
    m = mount();
    await openMeetingOptions();
    await tab('Participation');
    await pick('Meeting chat', 'Off');
    await save();
    expect(m.replica.state().settings.chatAllowed).toBe(false);
    expect(document.querySelector('[role="combobox"]')!.textContent).toBe('Off');
    m.replica.chat('p1', 'spam');
    document.querySelector<HTMLElement>('#chat-button')!.click();
    expect(document.querySelector('#chat-pane-list')!.children).toHaveLength(0);
  });

  it('"Who can present?" = only organizers makes everyone an attendee and ends the share', async () => {
    m = mount();
    m.replica.share('p3');
    await sleep(0);
    expect(document.querySelector('[data-stream-type="ScreenSharing"]')).not.toBeNull();
    await openMeetingOptions();
    await tab('Roles');
    await pick('Who can present?', 'Only me and co-organizers');
    await save();
    expect(m.replica.state().settings.shareAllowed).toBe(false);
    expect(m.replica.state().participants.some((p) => p.sharing)).toBe(false);
    expect(document.querySelector('[data-stream-type="ScreenSharing"]')).toBeNull();
  });

  it('"Allow mic for attendees" is a switch that applies only on Save', async () => {
    m = mount();
    await openMeetingOptions();
    await tab('Audio & video');
    const input = byText('label', 'Allow mic for attendees')!.previousElementSibling!
      .previousElementSibling as HTMLInputElement;
    expect(input.getAttribute('role')).toBe('switch');
    expect(input.checked).toBe(true);
    input.click();
    expect(m.replica.state().settings.unmuteAllowed).toBe(true);
    await save();
    expect(m.replica.state().settings.unmuteAllowed).toBe(false);
  });

  it('inert: the pane works but Save changes nothing and shows the old values again', async () => {
    m = mount({ inert: true });
    await openMeetingOptions();
    await tab('Participation');
    await pick('Meeting chat', 'Off');
    await save();
    expect(m.replica.state().settings.chatAllowed).toBe(true);
    expect(document.querySelector('[role="combobox"]')!.textContent).toBe('On');
  });
});
