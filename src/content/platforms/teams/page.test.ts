import { afterEach, describe, expect, it } from 'vitest';
import { teamsAdapter } from './adapter';
import { isRowMuted, myName, rowName, rowUserId } from './page';
import { createRowReader } from './row-reader';
import { sharerName } from './sources';

/*
 * The readers against hand-built markup in the shapes public sources describe (meeting-dom.md
 * §3), not the replica's: a container wrapping the data-tid row, the meet-now prefix, v1 ids.
 */
afterEach(() => document.body.replaceChildren());

function tree(...rows: HTMLElement[]): HTMLElement {
  const list = document.createElement('div');
  list.setAttribute('role', 'tree');
  list.setAttribute('aria-label', 'Attendees');
  list.append(...rows);
  document.body.append(list);
  return list;
}

function row(tid: string, opts: { label?: string; organizer?: boolean; avatarId?: string; describedBy?: string } = {}) {
  const container = document.createElement('div');
  container.setAttribute('data-cid', 'roster-participant');
  if (opts.label) container.setAttribute('aria-label', opts.label);
  const core = document.createElement('div');
  core.setAttribute('data-tid', tid);
  if (opts.describedBy) core.setAttribute('aria-describedby', opts.describedBy);
  if (opts.avatarId) {
    const name = document.createElement('span');
    name.id = `roster-avatar-img-${opts.avatarId}`;
    name.textContent = tid.replace(/^[a-zA-Z]+-/, '');
    core.append(name);
  }
  if (opts.organizer) {
    const tag = document.createElement('span');
    tag.setAttribute('data-tid', 'ts-roster-organizer-status');
    tag.textContent = 'Organizer';
    core.append(tag);
  }
  container.append(core);
  return container;
}

function me(name: string) {
  const avatar = document.createElement('span');
  avatar.setAttribute('data-tid', 'me-control-avatar');
  avatar.setAttribute('aria-label', `Image de profil de ${name}.`);
  document.body.append(avatar);
}

describe('Teams page readers', () => {
  it('reads a wrapped row: name from the data-tid suffix, meet-now prefix too', () => {
    tree(row('participantsInCall-Ana Souza'), row('attendeesInMeeting-Ben Okafor'));
    const read = createRowReader(document);
    const rows = [...document.querySelectorAll('[data-cid="roster-participant"]')];
    expect(rows.map((r) => read(r)?.name)).toEqual(['Ana Souza', 'Ben Okafor']);
    expect(read(rows[0]!)?.id).toBe('name:Ana Souza');
  });

  it('prefers the user id: avatar id suffix, else (v1) the tail of aria-describedby', () => {
    tree(
      row('participantsInCall-Ana', { avatarId: '8:orgid:1234-abcd' }),
      row('participantsInCall-Ben', { describedBy: 'roster-hint 29:1a2b3c4d-5e6f' }),
    );
    const [a, b] = [...document.querySelectorAll('[data-tid^="participantsInCall-"]')];
    expect(rowUserId(a!)).toBe('8:orgid:1234-abcd');
    expect(rowUserId(b!)).toBe('29:1a2b3c4d-5e6f');
  });

  it('duplicate names get distinct, stable ids', () => {
    tree(row('participantsInCall-Sam'), row('participantsInCall-Sam'));
    const read = createRowReader(document);
    const [a, b] = [...document.querySelectorAll('[data-tid^="participantsInCall-"]')];
    expect([read(a!)?.id, read(b!)?.id, read(a!)?.id]).toEqual(['name:Sam', 'name:Sam#2', 'name:Sam']);
  });

  it('roles come from the organizer tag only; self is the first row with your profile name', () => {
    me('Morgan Lee');
    tree(
      row('participantsInCall-Morgan Lee', { organizer: true }),
      row('participantsInCall-Organizer'),
      row('participantsInCall-Morgan Lee'),
    );
    const read = createRowReader(document);
    const seen = [...document.querySelectorAll('[data-tid^="participantsInCall-"]')].map((r) => read(r));
    expect(myName(document)).toBe('Morgan Lee');
    expect(seen.map((p) => [p?.role, p?.self])).toEqual([
      ['host', true],
      ['participant', false],
      ['participant', false],
    ]);
  });

  it('mute state ignores a name that says "Muted"', () => {
    tree(
      row('participantsInCall-Eve, Muted', { label: 'Eve, Muted, Unmuted' }),
      row('participantsInCall-Ana', { label: 'Ana, Micro désactivé' }),
    );
    const [eve, ana] = [...document.querySelectorAll('[data-tid^="participantsInCall-"]')];
    expect(rowName(eve!)).toBe('Eve, Muted');
    expect(isRowMuted(eve!)).toBe(false);
    expect(isRowMuted(ana!)).toBe(true);
  });

  it('the sharer is the name tag on the ScreenSharing stream', () => {
    const stream = document.createElement('div');
    stream.setAttribute('data-stream-type', 'ScreenSharing');
    const tag = document.createElement('div');
    tag.setAttribute('data-tid', 'participant-info-nametag');
    tag.textContent = ' Ana Souza ';
    stream.append(tag);
    document.body.append(stream);
    expect(sharerName(document)).toBe('Ana Souza');
  });

  it('present only in a call; title from the page', () => {
    expect(teamsAdapter.present(document)).toBe(false);
    const people = document.createElement('button');
    people.id = 'roster-button';
    const hangup = document.createElement('div');
    hangup.id = 'hangup-button';
    document.body.append(people, hangup);
    document.title = 'Quarterly planning | Microsoft Teams';
    expect(teamsAdapter.present(document)).toBe(true);
    expect(teamsAdapter.title(document)).toBe('Quarterly planning');
  });
});
