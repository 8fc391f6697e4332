import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReplicaControl } from '../replica';
import {
  byText,
  chooseRowItem,
  click,
  dialog,
  hostTools,
  mount,
  openParticipants,
  row,
  settle,
  switchFor,
} from './test-kit';

let control: ReplicaControl | undefined;
afterEach(() => control?.unmount());

const idOf = (name: string) => control!.state().participants.find((p) => p.name === name)!.id;

describe('Zoom replica: inert tier', () => {
  it('opens every menu and dialog but changes nothing', async () => {
    ({ control } = mount({ inert: true }));
    const before = control.state();
    await openParticipants();
    await chooseRowItem('Ben Okafor', 'Remove');
    click(byText('button', 'Remove', dialog()));
    await chooseRowItem('Ana Souza', 'Report');
    byText('label', 'Hate speech', dialog()).querySelector('input')!.click();
    click(byText('button', 'Submit', dialog()));
    click(byText('.participants-section-container__buttom-button', 'Mute All'));
    await settle();
    click(byText('button', 'Continue', dialog()));
    await hostTools();
    click(switchFor('Lock Meeting'));
    click(byText('.host-tools-panel__menu-button', 'Participants'));
    await settle();
    click(byText('button', 'Suspend Participant Activities'));
    await settle();
    click(byText('button', 'Suspend', dialog()));
    await settle();
    expect(control.state()).toEqual(before);
    expect(switchFor('Chat').getAttribute('aria-checked')).toBe('true');
    expect(row('Ben Okafor')).toBeTruthy();
  });
});

describe('Zoom replica: remote events', () => {
  it('chat arrives in the chat panel with Zoom user ids, and badges the closed Chat button', async () => {
    ({ control } = mount());
    control.chat(idOf('Ana Souza'), 'hello <b>all</b>');
    expect(document.querySelector('.number-badge')?.textContent).toBe('1');
    click(document.querySelector('button[aria-label="open the chat panel"]')!);
    await settle();
    const message = document.querySelector('.chat-item-container[data-id]')!;
    expect(message.querySelector('.chat-item__sender')?.getAttribute('data-name')).toBe('Ana Souza');
    expect(message.querySelector('.chat-item__sender')?.getAttribute('data-userid')).toMatch(/^\d+$/);
    expect(message.querySelector('.chat-rtf-box__display')?.textContent).toBe('hello <b>all</b>');
    expect(message.querySelector('b')).toBeNull();
    control.chat(idOf('Ben Okafor'), 'second');
    expect(document.querySelectorAll('.chat-item-container')).toHaveLength(2);
    expect(document.querySelector('[data-id="msgId-placeholder"]')).not.toBeNull();
  });

  it('a share stops when the sharer leaves; stopShare clears the stage', () => {
    ({ control } = mount());
    control.share(idOf('Ana Souza'));
    control.share(idOf('Ben Okafor'));
    expect(document.querySelector('.sharee-sharing-indicator__tip')?.textContent).toBe(
      "You are viewing Ben Okafor's screen",
    );
    control.leave(idOf('Ben Okafor'));
    expect(document.querySelector('.sharee-sharing-indicator__tip')?.textContent).toBe(
      "You are viewing Ana Souza's screen",
    );
    control.stopShare(idOf('Ana Souza'));
    expect(document.querySelector('.sharing-layout')).toBeNull();
  });

  it('unmount removes the client and its portals', async () => {
    ({ control } = mount());
    await openParticipants();
    click(row('Ana Souza').querySelector('button[title="More options"]')!);
    control.unmount();
    control = undefined;
    expect(document.querySelector('#root, .zmu-portal-dropdown, .ReactModalPortal')).toBeNull();
  });
});

describe('Zoom replica: French chrome', () => {
  it('labels its own controls in French', async () => {
    ({ control } = mount({ lang: 'fr' }));
    const button = document.querySelector('button[aria-label*="participants"]')!;
    expect(button.getAttribute('aria-label')).toBe(
      'ouvrir le volet de gestion de la liste des participants,4 participants',
    );
    click(button);
    await settle();
    expect(document.querySelector('[role="list"]')?.getAttribute('aria-label')).toBe('Liste des participants');
    expect(row('Alex Morgan').getAttribute('aria-label')).toBe(
      "Alex Morgan (Hôte, moi),audio de l'ordinateur désactivé,vidéo désactivée",
    );
    click(row('Ana Souza').querySelector(`button[title="Plus d'options"]`)!);
    await settle();
    expect(byText('.zmu-portal-dropdown__menu-item-button', 'Supprimer')).toBeTruthy();
    click(document.querySelector(`button[aria-label="Outils de l'hôte"]`)!);
    await settle();
    expect(switchFor('Verrouiller la réunion')).not.toBeNull();
  });
});

/** happy-dom's own handle on the test window, to move it to Zoom's URL. */
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

describe('Zoom replica page entry', () => {
  it('renders the Workplace shell with a same-origin iframe of the inner client', async () => {
    document.body.replaceChildren();
    setUrl('https://app.zoom.us/wc/81234567890/join?participants=2');
    vi.resetModules();
    await import('./page');
    const iframe = document.querySelector<HTMLIFrameElement>(
      '.pwa-webclient__iframe-wrapper iframe.pwa-webclient__iframe',
    )!;
    expect(new URL(iframe.src).searchParams.get('inner')).toBe('1');
    expect(new URL(iframe.src).searchParams.get('participants')).toBe('2');
    expect(document.title).toBe('Zoom meeting on web');
    expect(document.documentElement.lang).toBe('en');
  });

  it('mounts the client itself with standalone=1 and exposes window.__replica', async () => {
    document.body.replaceChildren();
    setUrl('https://app.zoom.us/wc/81234567890/join?standalone=1&lang=fr&participants=1');
    vi.resetModules();
    await import('./page');
    expect(document.documentElement.lang).toBe('fr');
    expect(window.__replica?.state().participants).toHaveLength(2);
    expect(window.__replica?.clientDocument).toBe(document);
    window.__replica?.unmount();
    delete window.__replica;
  });
});
