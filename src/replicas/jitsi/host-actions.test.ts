import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplicaControl } from '../replica';
import { click, idOf, mount, openPane, openParticipantMenu, q, tick } from './testing';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const okButton = () => q('#modal-dialog-ok-button');

function kickFlow(replica: ReplicaControl, id: string) {
  openPane();
  click(`[data-testid="participant-more-options-${id}"]`);
  // The menu's frame is at once, its items after the delay.
  expect(q(`#ejectlink_${id}`)).toBeNull();
  tick();
  const kick = q(`#ejectlink_${id}`)!;
  expect(kick.classList.contains('kicklink')).toBe(true);
  expect(kick.getAttribute('role')).toBe('menuitem');
  expect(kick.textContent).toBe('Kick out');
  kick.click();
  expect(q(`#ejectlink_${id}`)).toBeNull();
  tick();
  expect(q('[role="dialog"]')?.getAttribute('aria-label')).toBe('Kick this participant?');
  expect(okButton()?.textContent).toBe('Kick');
  okButton()!.click();
  expect(q('[role="dialog"]')).toBeNull();
}

describe('Jitsi replica: host controls', () => {
  it('kicks out through the context menu and the confirm dialog (no ban in Jitsi)', () => {
    const replica = mount();
    const ana = idOf(replica, 'Ana Souza');
    kickFlow(replica, ana);
    expect(q(`#participant-item-${ana}`)).not.toBeNull();
    tick();
    expect(q(`#participant-item-${ana}`)).toBeNull();
    expect(replica.state().removed).toEqual([{ id: ana, name: 'Ana Souza', blockRejoin: false }]);
  });

  it('stops an unmuted sharer from the menu (.mutedesktoplink + dialog)', () => {
    const replica = mount();
    const ana = idOf(replica, 'Ana Souza');
    replica.share(ana);
    openPane();
    expect(q(`[data-testid="mute-audio-${ana}"]`)).not.toBeNull();
    openParticipantMenu(ana);
    const stop = q('#participants-pane .mutedesktoplink')!;
    expect(stop.textContent).toBe('Stop screen sharing');
    stop.click();
    tick();
    expect(q('[role="dialog"]')?.getAttribute('aria-label')).toBe('Disable screen-share of this participant?');
    okButton()!.click();
    expect(replica.state().participants.find((p) => p.id === ana)?.sharing).toBe(true);
    tick();
    expect(replica.state().participants.find((p) => p.id === ana)?.sharing).toBe(false);
    expect(q(`[id="participant_${ana}-v1"]`)).toBeNull();
  });

  it('stops a muted sharer with the row quick action; the menu then has no stop item', () => {
    const replica = mount();
    const ben = idOf(replica, 'Ben Okafor');
    replica.share(ben);
    openPane();
    const quick = q(`[data-testid="mute-desktop-${ben}"]`)!;
    expect(quick.getAttribute('aria-label')).toBe('Stop screen sharing Ben Okafor');
    openParticipantMenu(ben);
    expect(q('#participants-pane .mutedesktoplink')).toBeNull();
    quick.click();
    tick();
    expect(replica.state().participants.find((p) => p.id === ben)?.sharing).toBe(false);
    expect(q(`[data-testid="unmute-audio-${ben}"]`)).not.toBeNull();
  });

  it('screen-share moderation from the pane footer stops shares and blocks new ones', () => {
    const replica = mount();
    const ana = idOf(replica, 'Ana Souza');
    const moderator = replica.join('Co Host', 'cohost');
    replica.share(ana);
    replica.share(moderator);
    openPane();
    click('#participants-pane-context-menu');
    click('#participants-pane-context-menu-start-desktop-moderation');
    expect(replica.state().settings.shareAllowed).toBe(true);
    tick();
    expect(q('#participants-pane-context-menu-stop-desktop-moderation')).not.toBeNull();
    const state = replica.state();
    expect(state.settings.shareAllowed).toBe(false);
    expect(state.participants.find((p) => p.id === ana)?.sharing).toBe(false);
    expect(state.participants.find((p) => p.id === moderator)).toMatchObject({ role: 'cohost', sharing: true });
    replica.share(idOf(replica, 'Chloé Martin'));
    expect(replica.state().participants.find((p) => p.name === 'Chloé Martin')?.sharing).toBe(false);
    click('#participants-pane-context-menu-stop-desktop-moderation');
    tick();
    expect(replica.state().settings.shareAllowed).toBe(true);
  });

  it("stops everyone's share from the footer dialog, with its moderation switch", () => {
    const replica = mount();
    const ana = idOf(replica, 'Ana Souza');
    replica.share(ana);
    openPane();
    click('#participants-pane-context-menu');
    click('#participants-pane-context-menu-stop-desktop');
    tick();
    expect(q('[role="dialog"]')?.getAttribute('aria-label')).toBe("Stop everyone's screen share?");
    const allowed = q<HTMLInputElement>('#moderation-switch')!;
    expect(allowed.checked).toBe(true);
    allowed.click();
    expect(allowed.checked).toBe(false);
    okButton()!.click();
    tick();
    expect(replica.state().participants.find((p) => p.id === ana)?.sharing).toBe(false);
    expect(replica.state().settings.shareAllowed).toBe(false);
  });

  it('enables the lobby from Security options in the overflow menu; joiners then knock', () => {
    const replica = mount();
    click('[aria-label="More actions"]');
    expect(q('#overflow-context-menu')?.getAttribute('aria-label')).toBe('More actions menu');
    expect(q('#overflow-context-menu [aria-label="Security options"]')).toBeNull();
    tick();
    click('#overflow-context-menu [aria-label="Security options"]');
    expect(q('#overflow-context-menu')).toBeNull();
    tick();
    expect(q('[role="dialog"] .security-dialog')).not.toBeNull();
    const lobby = q<HTMLInputElement>('#lobby-section-switch')!;
    lobby.click();
    // Controlled switch: it shows the store's value until the conference confirms.
    expect(lobby.checked).toBe(false);
    tick();
    expect(lobby.checked).toBe(true);
    expect(replica.state().settings.locked).toBe(true);

    const knocker = replica.join('Uninvited Guest');
    expect(replica.state().participants.some((p) => p.id === knocker)).toBe(false);
    expect(q('[data-testid="notify.participantWantsToJoin"]')?.textContent).toContain('Uninvited Guest');
    click('#modal-header-close-button');
    openPane();
    expect(q(`#lobby-list #participant-item-${knocker}`)).not.toBeNull();
    click(`[data-testid="admit-${knocker}"]`);
    tick();
    expect(replica.state().participants.some((p) => p.id === knocker)).toBe(true);
    expect(q('#lobby-list')).toBeNull();
  });

  it('mutes all from the pane footer, and audio moderation from the dialog switch', () => {
    const replica = mount();
    openPane();
    click('[aria-label="Mute all"]');
    tick();
    expect(q('[role="dialog"]')?.getAttribute('aria-label')).toBe('Mute everyone?');
    q<HTMLInputElement>('#moderation-switch')!.click();
    expect(okButton()?.textContent).toBe('Mute');
    okButton()!.click();
    tick();
    const state = replica.state();
    expect(state.participants.filter((p) => !p.self).every((p) => p.muted)).toBe(true);
    expect(state.participants.find((p) => p.self)?.muted).toBe(false);
    expect(state.settings.unmuteAllowed).toBe(false);
  });

  it('inert: every control opens, but nothing changes', () => {
    const replica = mount({ inert: true });
    const ana = idOf(replica, 'Ana Souza');
    const ben = idOf(replica, 'Ben Okafor');
    replica.share(ana);
    replica.share(ben);
    const before = JSON.stringify(replica.state());
    kickFlow(replica, ana);
    tick();
    openParticipantMenu(ana);
    click('#participants-pane .mutedesktoplink');
    tick();
    okButton()!.click();
    tick();
    click(`[data-testid="mute-desktop-${ben}"]`);
    click('#participants-pane-context-menu');
    click('#participants-pane-context-menu-start-desktop-moderation');
    tick();
    expect(q('#participants-pane-context-menu-start-desktop-moderation')).not.toBeNull();
    click('[aria-label="Mute all"]');
    tick();
    okButton()!.click();
    tick();
    click('[aria-label="More actions"]');
    tick();
    click('#overflow-context-menu [aria-label="Security options"]');
    tick();
    q<HTMLInputElement>('#lobby-section-switch')!.click();
    tick();
    expect(q<HTMLInputElement>('#lobby-section-switch')!.checked).toBe(false);
    expect(JSON.stringify(replica.state())).toBe(before);
  });
});
