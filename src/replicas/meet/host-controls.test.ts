import { afterEach, describe, expect, it } from 'vitest';
import type { ReplicaControl } from '../replica';
import { mountMeetReplica, type MeetReplicaOptions } from './client';
import { button, buttonWithText, menuItem, peopleList, rowNamed, settle, switchNamed, until } from './test-dom';

let control: ReplicaControl | undefined;
const mount = (options: MeetReplicaOptions = {}) => {
  const root = document.createElement('div');
  document.body.append(root);
  control = mountMeetReplica(root, { delayMs: 5, ...options });
  return control;
};
afterEach(() => {
  control?.unmount();
  document.body.replaceChildren();
});
const idOf = (name: string) => control!.state().participants.find((p) => p.name === name)!.id;

async function removeFromCall(name: string, options: { block?: boolean; report?: boolean } = {}) {
  button(document, 'People')!.click();
  const row = await until(() => rowNamed(document, name), `row ${name}`);
  row.querySelector<HTMLElement>('button[aria-label="More actions"]')!.click();
  const menu = document.querySelector('ul[role="menu"][aria-label="More actions"]')!;
  expect(menu.parentElement!.parentElement!.parentElement!.parentElement).toBe(document.body);
  expect(menu.children).toHaveLength(0); // the menu opens at once, its items come after the delay
  (await until(() => menuItem(document, 'Remove from the call'), 'Remove item')).click();
  const heading = await until(
    () => [...document.querySelectorAll('h2')].find((el) => el.textContent === `Remove ${name} from the call?`),
    'confirmation',
  );
  const box = heading.parentElement!;
  expect(box.closest('[role="dialog"]')).toBeNull();
  const option = (text: string) =>
    [...box.querySelectorAll('label')].find((label) => label.textContent === text)!.querySelector('input')!;
  if (options.block) option('Block').click();
  if (options.report) option('Fill out an abuse report').click();
  buttonWithText(box, 'Remove')!.click();
}

describe('Meet replica: host controls', () => {
  it('"Remove from the call" with Block removes the row and keeps the name out', async () => {
    mount();
    const id = idOf('Ben Okafor');
    await removeFromCall('Ben Okafor', { block: true });
    await until(() => !rowNamed(document, 'Ben Okafor'), 'row gone');
    expect(control!.state().removed).toEqual([{ id, name: 'Ben Okafor', blockRejoin: true }]);
    control!.join('Ben Okafor');
    expect(control!.state().participants.some((p) => p.name === 'Ben Okafor')).toBe(false);
  });

  it('the remove confirmation can open a prefilled abuse report the host submits', async () => {
    mount();
    const id = idOf('Ana Souza');
    await removeFromCall('Ana Souza', { report: true });
    const dialog = await until(() => document.querySelector<HTMLElement>('[role="dialog"]'), 'report dialog');
    expect(dialog.querySelector<HTMLInputElement>('input[aria-label="Display names of abusers"]')!.value).toBe(
      'Ana Souza',
    );
    expect(control!.state().reports).toEqual([{ participantId: id, submitted: false }]);
    const type = dialog.querySelector<HTMLSelectElement>('select[aria-label="Abuse type"]')!;
    type.value = '0';
    type.dispatchEvent(new Event('change'));
    const text = dialog.querySelector<HTMLTextAreaElement>('textarea[aria-label="Describe the issue"]')!;
    text.value = 'Shared explicit images';
    text.dispatchEvent(new Event('input'));
    buttonWithText(dialog, 'Report')!.click();
    expect(control!.state().reports).toEqual([{ participantId: id, submitted: true }]);
  });

  it('"Report abuse" from More options: every field is mandatory', async () => {
    mount();
    button(document, 'More options')!.click();
    (await until(() => menuItem(document, 'Report abuse'), 'Report abuse')).click();
    const dialog = await until(() => document.querySelector<HTMLElement>('[role="dialog"]'), 'dialog');
    const submit = buttonWithText(dialog, 'Report')!;
    expect(submit.disabled).toBe(true);
    const names = dialog.querySelector<HTMLInputElement>('input[aria-label="Display names of abusers"]')!;
    names.value = 'Chloé Martin';
    names.dispatchEvent(new Event('input'));
    dialog.querySelector<HTMLTextAreaElement>('textarea')!.value = 'Spam links';
    const type = dialog.querySelector<HTMLSelectElement>('select')!;
    type.value = '7';
    type.dispatchEvent(new Event('change'));
    expect(submit.disabled).toBe(false);
    submit.click();
    expect(control!.state().reports).toEqual([{ participantId: idOf('Chloé Martin'), submitted: true }]);
  });

  it('turning off "Share their screen" stops presentations; presenting is refused afterwards', async () => {
    mount();
    control!.share(idOf('Ana Souza'));
    button(document, 'Host controls')!.click();
    const share = await until(() => switchNamed(document, 'Share their screen'), 'switch');
    expect(share.getAttribute('aria-checked')).toBe('true');
    share.click();
    await until(
      () => switchNamed(document, 'Share their screen')?.getAttribute('aria-checked') === 'false',
      'switch off',
    );
    expect(control!.state().settings.shareAllowed).toBe(false);
    expect(control!.state().participants.some((p) => p.sharing)).toBe(false);
    expect(document.querySelector('[role="main"]')!.textContent).not.toContain('(Presentation)');
    control!.share(idOf('Ben Okafor'));
    expect(control!.state().participants.some((p) => p.sharing)).toBe(false);
  });

  it('"Turn on their microphone" off mutes everyone but the hosts', async () => {
    mount();
    button(document, 'Host controls')!.click();
    (await until(() => switchNamed(document, 'Turn on their microphone'), 'mic switch')).click();
    await until(() => control!.state().settings.unmuteAllowed === false, 'audio lock');
    expect(
      control!
        .state()
        .participants.filter((p) => !p.self)
        .every((p) => p.muted),
    ).toBe(true);
  });

  it('access type Restricted is "locked": a new joiner must ask, the host admits', async () => {
    mount();
    button(document, 'Host controls')!.click();
    const radio = await until(
      () => document.querySelector<HTMLInputElement>('input[type="radio"][value="restricted"]'),
      'radio',
    );
    const label = document.querySelector(`label[for="${radio.id}"]`)!;
    expect(label.textContent).toBe('Restricted');
    radio.click();
    await until(() => control!.state().settings.locked, 'locked');
    expect(document.querySelector<HTMLInputElement>('input[type="radio"][value="restricted"]')!.checked).toBe(true);
    control!.join('Eve Intruder');
    expect(control!.state().participants.some((p) => p.name === 'Eve Intruder')).toBe(false);
    const pill = buttonWithText(document, 'Admit 1 guest')!;
    pill.click();
    buttonWithText(document, 'Admit')!.click();
    await until(() => control!.state().participants.some((p) => p.name === 'Eve Intruder'), 'admitted');
  });

  it('chat: the switch in the chat panel stops participants sending; toasts while closed', async () => {
    mount();
    control!.chat(idOf('Ana Souza'), 'hello all');
    expect(document.body.textContent).toContain('Ana Souza says in chat: hello all');
    button(document, 'Chat with everyone')!.click();
    const message = await until(() => document.querySelector('[data-message-id] [jsname="dTKtvb"]'), 'message');
    expect(message.textContent).toBe('hello all');
    switchNamed(document, 'Let participants send messages')!.click();
    await until(() => control!.state().settings.chatAllowed === false, 'chat off');
    expect(switchNamed(document, 'Let participants send messages')!.getAttribute('aria-checked')).toBe('false');
    control!.chat(idOf('Ben Okafor'), 'can I still talk?');
    expect(document.body.textContent).not.toContain('can I still talk?');
  });

  it('a presentation entry\'s "Remove from the call" ends that presentation', async () => {
    mount();
    const ana = idOf('Ana Souza');
    control!.share(ana);
    button(document, 'People')!.click();
    const entry = await until(() => rowNamed(document, 'Ana Souza (Presentation)'), 'presentation entry');
    entry.querySelector<HTMLElement>('button[aria-label="More actions"]')!.click();
    (await until(() => menuItem(document, 'Remove from the call'), 'item')).click();
    await until(() => !control!.state().participants.find((p) => p.id === ana)!.sharing, 'share stopped');
    expect(control!.state().removed).toEqual([]);
  });
});

describe('Meet replica: inert', () => {
  it('every control opens, but nothing changes', async () => {
    mount({ inert: true });
    const before = control!.state();
    control!.share(idOf('Ana Souza'));
    await removeFromCall('Ben Okafor', { block: true });
    button(document, 'Host controls')!.click();
    (await until(() => switchNamed(document, 'Share their screen'), 'switch')).click();
    document.querySelector<HTMLInputElement>('input[value="restricted"]')!.click();
    await settle(30);
    expect(switchNamed(document, 'Share their screen')!.getAttribute('aria-checked')).toBe('true');
    expect(document.querySelector<HTMLInputElement>('input[value="restricted"]')!.checked).toBe(false);
    const after = control!.state();
    expect(after.removed).toEqual([]);
    expect(after.settings).toEqual(before.settings);
    expect(after.participants.find((p) => p.name === 'Ana Souza')!.sharing).toBe(true);
    expect(peopleList(document)).toBeNull(); // Host controls replaced the People panel
  });
});

describe('Meet replica: French', () => {
  it('renders the chrome in French', async () => {
    mount({ lang: 'fr' });
    expect(button(document, 'Participants')).not.toBeNull();
    expect(button(document, "Commandes de l'organisateur")).not.toBeNull();
    expect(button(document, "Quitter l'appel")).not.toBeNull();
    button(document, 'Participants')!.click();
    const row = await until(() => rowNamed(document, 'Ana Souza'), 'row');
    expect(document.querySelector('[role="list"][aria-label="Participants"]')).not.toBeNull();
    expect(document.body.textContent).toContain('Organisateur de la réunion');
    row.querySelector<HTMLElement>('button[aria-label="Plus d\'actions"]')!.click();
    (await until(() => menuItem(document, "Exclure de l'appel"), 'item')).click();
    await until(
      () => [...document.querySelectorAll('h2')].find((h) => h.textContent === "Exclure Ana Souza de l'appel ?"),
      'confirm',
    );
    expect(buttonWithText(document, 'Exclure')).not.toBeNull();
    expect(buttonWithText(document, 'Annuler')).not.toBeNull();
  });
});
