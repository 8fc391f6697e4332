import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { click, idOf, mount, openPane, openParticipantMenu, q, tick } from './testing';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Jitsi replica: page, roster and pane', () => {
  it('renders the conference with the pane closed and realistic names', () => {
    const replica = mount();
    expect(q('#videoconference_page')).not.toBeNull();
    expect(q('#participants-pane')).toBeNull();
    const button = q('[aria-label^="Open participants pane"]');
    expect(button?.getAttribute('aria-label')).toBe('Open participants panel. 4 participants');
    const state = replica.state();
    expect(state.participants.map((p) => p.name)).toEqual(['Marie Laurent', 'Ana Souza', 'Ben Okafor', 'Chloé Martin']);
    expect(state.participants[0]).toMatchObject({ role: 'host', self: true });
    expect(state.settings).toEqual({ locked: false, shareAllowed: true, unmuteAllowed: true });
    replica.unmount();
    expect(q('#videoconference_page')).toBeNull();
  });

  it('opens the pane after the delay with a row per participant, "(you)" and "Moderator"', () => {
    const replica = mount();
    click('[aria-label^="Open participants pane"]');
    expect(q('#participants-pane')).toBeNull();
    tick();
    const pane = q('#participants-pane')!;
    const rows = [...pane.querySelectorAll('[id^="participant-item-"]')];
    expect(rows.map((row) => row.id.replace('participant-item-', ''))).toEqual(
      replica.state().participants.map((p) => p.id),
    );
    expect(rows[0]!.textContent).toContain('Marie Laurent\u00a0(you)');
    expect(rows[0]!.textContent).toContain('Moderator');
    expect(rows[1]!.textContent).not.toContain('Moderator');
    expect(pane.textContent).toContain('Meeting participants (4)');
    expect(q('[aria-label="Close participants pane"]')).not.toBeNull();
    // Hover actions are in the DOM for remote rows only (ListItem hideActions for self).
    expect(rows[0]!.querySelector('[data-testid^="participant-more-options-"]')).toBeNull();
    expect(rows[1]!.querySelector(`[data-testid="participant-more-options-${rows[1]!.id.slice(17)}"]`)).not.toBeNull();
    // Audio state indicators: Ana unmuted, Ben muted.
    expect(rows[1]!.querySelector('.indicators svg#audioMuted')).toBeNull();
    expect(rows[2]!.querySelector('.indicators svg#audioMuted')).not.toBeNull();
    expect(rows[2]!.querySelector('.indicators svg#videoMuted')).not.toBeNull();
  });

  it('renders 500 participants without virtualisation, quickly', () => {
    const started = performance.now();
    const replica = mount({ participants: 500 });
    openPane();
    expect(document.querySelectorAll('#participants-pane [id^="participant-item-"]')).toHaveLength(501);
    expect(new Set(replica.state().participants.map((p) => p.name)).size).toBe(501);
    expect(new Set(replica.state().participants.map((p) => p.id)).size).toBe(501);
    // The filmstrip is a virtualised window; the pane is the whole roster.
    expect(document.querySelectorAll('#filmstripRemoteVideosContainer .videocontainer').length).toBeLessThan(20);
    replica.join('Late Comer');
    expect(q(`#participant-item-${idOf(replica, 'Late Comer')}`)).not.toBeNull();
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('renames: the row text and sort order follow, the model too', () => {
    const replica = mount();
    openPane();
    const ana = idOf(replica, 'Ana Souza');
    replica.rename(ana, 'Zed Last');
    const rows = [...document.querySelectorAll('#participants-pane [id^="participant-item-"]')];
    expect(rows.at(-1)!.id).toBe(`participant-item-${ana}`);
    expect(rows.at(-1)!.textContent).toContain('Zed Last');
    expect(replica.state().participants.at(-1)!.name).toBe('Zed Last');
  });

  it('shows a remote share as a virtual screenshare tile on the stage, not as a pane row', () => {
    const replica = mount();
    openPane();
    const ben = idOf(replica, 'Ben Okafor');
    replica.share(ben);
    expect(q(`[id="participant_${ben}-v1"] svg#share-desktop`)).not.toBeNull();
    expect(q('[data-testid="stage-display-name"]')?.textContent).toBe("Ben Okafor's screen");
    expect(document.querySelectorAll('#participants-pane [id^="participant-item-"]')).toHaveLength(4);
    expect(replica.state().participants.find((p) => p.id === ben)?.sharing).toBe(true);
    replica.stopShare(ben);
    expect(q(`[id="participant_${ben}-v1"]`)).toBeNull();
    expect(q('[data-testid="stage-display-name"]')).toBeNull();
  });

  it('batches join notifications (2 s trailing) and goes silent above 30 participants', () => {
    const replica = mount();
    replica.join('Dana Kim');
    expect(q('[data-testid="notify.connectedOneMember"]')).toBeNull();
    tick(2000);
    expect(q('[data-testid="notify.connectedOneMember"]')?.textContent).toContain('Dana Kim joined the meeting');
    tick(2500);
    expect(q('[data-testid="notify.connectedOneMember"]')).toBeNull();
    replica.join('Eve One');
    replica.join('Finn Two');
    replica.join('Gus Three');
    tick(2000);
    expect(q('[data-testid="notify.connectedThreePlusMembers"]')?.textContent).toContain(
      'Eve One and many others joined the meeting',
    );
    replica.leave(idOf(replica, 'Eve One'));
    tick(2000);
    expect(q('[data-testid="notify.leftOneMember"]')?.textContent).toContain('Eve One left the meeting');

    const big = mount({ participants: 40 });
    big.join('Quiet Joiner');
    tick(2000);
    expect(q('[data-testid^="notify.connected"]')).toBeNull();
  });

  it('shows chat in the side panel, grouped by sender with names', () => {
    const replica = mount();
    const ana = idOf(replica, 'Ana Souza');
    const ben = idOf(replica, 'Ben Okafor');
    replica.chat(ana, 'hello');
    expect(q('[aria-label="Open chat"]')?.parentElement?.textContent).toContain('1');
    click('[aria-label="Open chat"]');
    tick();
    replica.chat(ana, 'again');
    replica.chat(ben, '<img src=x onerror=alert(1)>');
    const groups = document.querySelectorAll('#chatconversation .chat-message-group');
    expect(groups).toHaveLength(2);
    expect(groups[0]!.querySelectorAll('.display-name')).toHaveLength(1);
    expect(groups[0]!.querySelector('.display-name')?.textContent).toBe('Ana Souza');
    expect(groups[0]!.querySelectorAll('.usermessage')[1]!.textContent).toContain('Ana Souza says:again');
    expect(groups[1]!.querySelector('.usermessage')!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('#chatconversation img')).toBeNull();
    expect(q('[aria-label="Close chat"]')).not.toBeNull();
  });

  it('speaks French when asked: toolbar, pane, menu and dialog', () => {
    const replica = mount({ lang: 'fr' });
    expect(q('[aria-label^="Open participants pane"]')).toBeNull();
    click('[aria-label="Participants"]');
    tick();
    const rows = document.querySelectorAll('#participants-pane [id^="participant-item-"]');
    expect(rows[0]!.textContent).toContain('(vous)');
    expect(rows[0]!.textContent).toContain('Modérateur');
    expect(q('#participants-pane')!.textContent).toContain('Participants de la réunion (4)');
    expect(q('[aria-label="Fermer le panneau des participants"]')).not.toBeNull();
    expect(q('#participants-pane-context-menu')?.getAttribute('aria-label')).toBe(
      'Options de modération supplémentaires',
    );
    const ana = idOf(replica, 'Ana Souza');
    openParticipantMenu(ana);
    expect(q(`#ejectlink_${ana}`)?.textContent).toBe('Exclure');
    click(`#ejectlink_${ana}`);
    tick();
    expect(q('[role="dialog"]')?.getAttribute('aria-label')).toBe('Expulser ce participant ?');
    expect(q('#modal-dialog-ok-button')?.textContent).toBe('Expulser');
    click('[aria-label="Activer / Désactiver le menu d\'actions supplémentaires"]');
    tick();
    expect(q('#overflow-context-menu [aria-label="Options de sécurité"]')).not.toBeNull();
  });
});
