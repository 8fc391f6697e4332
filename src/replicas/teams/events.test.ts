import { afterEach, describe, expect, it } from 'vitest';
import {
  byText,
  choosePaneItem,
  chooseRowItem,
  confirmDialog,
  mount,
  openPeople,
  row,
  sleep,
  until,
  type Mounted,
} from './testing';

let m: Mounted;
afterEach(() => m.done());

describe('Teams replica: remote events, inert, scale, French', () => {
  it('renames in place: the data-tid follows the name, the avatar id (user id) stays', async () => {
    m = mount();
    await openPeople();
    const id = row('Ana Souza')!.querySelector('[id^="roster-avatar-img-"]')!.id;
    m.replica.rename('p1', 'Ana S.');
    await sleep(0);
    expect(row('Ana Souza')).toBeNull();
    expect(row('Ana S.')!.querySelector('[id^="roster-avatar-img-"]')!.id).toBe(id);
  });

  it('joins and leaves update the roster, the badge and the chat control messages', async () => {
    m = mount();
    const id = m.replica.join('Late Comer');
    await sleep(0);
    expect(document.querySelector('[data-tid="roster-button-tile"]')!.textContent).toBe('5');
    m.replica.chat(id, 'hello <b>there</b>');
    m.replica.leave(id);
    document.querySelector<HTMLElement>('#chat-button')!.click();
    const list = document.querySelector('#chat-pane-list')!;
    expect([...list.querySelectorAll('.fui-ChatControlMessage')].map((e) => e.textContent)).toEqual([
      'Late Comer joined the meeting.',
      'Late Comer left the meeting.',
    ]);
    expect(list.querySelector('[data-tid="message-body-content"]')!.textContent).toBe('hello <b>there</b>');
    expect(list.querySelector('b')).toBeNull();
  });

  it('inert: menus and dialogs open, nothing changes', async () => {
    m = mount({ inert: true });
    m.replica.share('p1');
    await openPeople();
    await chooseRowItem('Ana Souza', 'More options', 'Make an attendee');
    await chooseRowItem('Ben Okafor', 'More options', 'Remove from meeting');
    await choosePaneItem('More actions', 'Lock the meeting');
    await confirmDialog('Lock');
    byText('button', 'Mute all')!.click();
    await confirmDialog('Mute');
    await sleep(40);
    const state = m.replica.state();
    expect(state.removed).toEqual([]);
    expect(state.settings.locked).toBe(false);
    expect(state.participants.find((p) => p.id === 'p1')!.sharing).toBe(true);
    expect(state.participants.filter((p) => !p.muted)).toHaveLength(2);
  });

  it('500 participants: mounts fast and renders only the rows in view, more on scroll', async () => {
    const started = performance.now();
    m = mount({ participants: 500 });
    const tree = await openPeople();
    expect(performance.now() - started).toBeLessThan(1000);
    const rendered = tree.querySelectorAll('[data-tid^="participantsInCall-"]').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(30);
    expect(document.querySelector('[data-tid="roster-button-tile"]')!.textContent).toBe('501');
    const scroller = document.querySelector<HTMLElement>('[data-tid="calling-roster-attendees"]')!;
    scroller.scrollTop = 501 * 44;
    scroller.dispatchEvent(new Event('scroll'));
    await until(() => row('Zoë Kowalski'), 'last row');
    expect(row('Morgan Lee')).toBeNull();
    expect(row('Zoë Kowalski')!.getAttribute('aria-posinset')).toBe('501');
  });

  it('French chrome: labels, role tag and mic state in the row label', async () => {
    m = mount({ lang: 'fr' });
    expect(document.querySelector('#roster-button')!.getAttribute('aria-label')).toBe('Contacts');
    await openPeople();
    expect(row('Morgan Lee')!.getAttribute('aria-label')).toBe('Morgan Lee, Organisateur, Micro activé');
    await choosePaneItem('Autres actions', 'Verrouiller la réunion');
    await confirmDialog('Verrouiller');
    await until(() => m.replica.state().settings.locked, 'locked');
    await chooseRowItem('Ana Souza', "Plus d'options", 'Supprimer de la réunion');
    await until(() => m.replica.state().removed.length === 1, 'removed');
  });
});
