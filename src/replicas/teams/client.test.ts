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

describe('Teams replica: roster and host controls', () => {
  it('mounts with the People pane closed and the count badge showing everyone', async () => {
    m = mount();
    expect(document.querySelector('[role="tree"]')).toBeNull();
    expect(document.querySelector('[data-tid="roster-button-tile"]')!.textContent).toBe('4');
    const tree = await openPeople();
    expect(tree.getAttribute('aria-label')).toBe('Attendees');
    expect(document.querySelector('#roster-title-section-2')!.textContent).toBe('In this meeting (4)');
    expect(row('Ana Souza')!.getAttribute('data-cid')).toBe('roster-participant');
    expect(row('Morgan Lee')!.querySelector('[data-tid="ts-roster-organizer-status"]')!.textContent).toBe('Organizer');
    expect(document.querySelector('#roster-button')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('removes a participant from the row menu after the delay', async () => {
    m = mount();
    await openPeople();
    await chooseRowItem('Ben Okafor', 'More options', 'Remove from meeting');
    await until(() => !row('Ben Okafor'), 'row gone');
    expect(m.replica.state().removed).toEqual([{ id: 'p2', name: 'Ben Okafor', blockRejoin: false }]);
    expect(m.replica.state().participants.map((p) => p.name)).not.toContain('Ben Okafor');
  });

  it('"Make an attendee" ends their share and takes the stream off the stage', async () => {
    m = mount();
    m.replica.share('p1');
    await sleep(0);
    const stream = document.querySelector('[data-stream-type="ScreenSharing"]')!;
    expect(stream.querySelector('[data-tid="participant-info-nametag"]')!.textContent).toBe('Ana Souza');
    await openPeople();
    await chooseRowItem('Ana Souza', 'More options', 'Make an attendee');
    await until(() => !document.querySelector('[data-stream-type="ScreenSharing"]'), 'share gone');
    expect(m.replica.state().participants.find((p) => p.id === 'p1')!.sharing).toBe(false);
    m.replica.share('p1');
    expect(m.replica.state().participants.find((p) => p.id === 'p1')!.sharing).toBe(false);
  });

  it('mutes everyone but you after the "Mute all" confirmation', async () => {
    m = mount();
    await openPeople();
    byText('button', 'Mute all')!.click();
    await confirmDialog('Mute');
    await until(() => m.replica.state().participants.every((p) => p.self || p.muted), 'all muted');
    await sleep(0);
    expect(row('Ana Souza')!.getAttribute('aria-label')).toBe('Ana Souza, Muted');
  });

  it('locks the meeting behind "Lock this meeting?", shows the banner and turns joiners away', async () => {
    m = mount();
    await openPeople();
    await choosePaneItem('More actions', 'Lock the meeting');
    expect((await until(() => document.querySelector('[role="dialog"] h2'), 'title')).textContent).toBe(
      'Lock this meeting?',
    );
    await confirmDialog('Lock');
    await until(() => m.replica.state().settings.locked, 'locked');
    await sleep(0);
    expect(document.querySelector('[data-tid^="callingAlertDismissButton_"]')).not.toBeNull();
    m.replica.join('Gate Crasher');
    expect(m.replica.state().participants).toHaveLength(4);
    await choosePaneItem('More actions', 'Unlock the meeting');
    await confirmDialog('Unlock');
    await until(() => !m.replica.state().settings.locked, 'unlocked');
  });

  it('"Disable mic for attendees" turns unmuting off', async () => {
    m = mount();
    await openPeople();
    await choosePaneItem('More actions', 'Disable mic for attendees');
    await until(() => m.replica.state().settings.unmuteAllowed === false, 'mic off');
  });

  it('has no rename control and files no reports', () => {
    m = mount();
    expect(m.replica.state().settings).toEqual({
      locked: false,
      shareAllowed: true,
      chatAllowed: true,
      unmuteAllowed: true,
    });
    expect(m.replica.state().reports).toEqual([]);
  });
});
