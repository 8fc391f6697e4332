import { afterEach, describe, expect, it } from 'vitest';
import { mountTeams, record, type Recorder, type TeamsPage } from './teams.fixture';

let page: TeamsPage;
let recorder: Recorder;
afterEach(() => {
  recorder?.stop();
  page?.unmount();
});

describe('Teams adapter: observing', () => {
  it('opens the People pane at start and emits the roster first, you as host', async () => {
    page = mountTeams();
    recorder = record();
    const roster = await recorder.next('roster');
    expect(recorder.events[0]!.kind).toBe('roster');
    expect(roster.participants.map(({ name, role, self }) => ({ name, role, self }))).toEqual([
      { name: 'Morgan Lee', role: 'host', self: true },
      { name: 'Ana Souza', role: 'participant', self: false },
      { name: 'Ben Okafor', role: 'participant', self: false },
      { name: 'Chloé Martin', role: 'participant', self: false },
    ]);
    expect(roster.participants[1]!.id).toMatch(/^user:8:orgid:/);
  });

  it('a rename keeps the id (the user id on the row); a co-organizer reads as cohost', async () => {
    page = mountTeams();
    recorder = record();
    const roster = await recorder.next('roster');
    page.replica.rename('p1', 'Ana S.');
    const renamed = await recorder.next('renamed');
    expect(renamed).toMatchObject({ participantId: roster.participants[1]!.id, from: 'Ana Souza', to: 'Ana S.' });
    page.replica.join('Dana Co', 'cohost');
    const joined = await recorder.next('joined');
    expect(joined.participant).toMatchObject({ name: 'Dana Co', role: 'cohost', self: false });
  });

  it('hostile names: "Organizer" is no role, a copy of your name is not you, menu words steer nothing', async () => {
    page = mountTeams();
    recorder = record();
    await recorder.next('roster');
    for (const name of ['Organizer', 'Morgan Lee', 'Remove from meeting', 'Eve, Organizer, Muted'])
      page.replica.join(name);
    await recorder.next('joined', (e) => e.participant.name === 'Eve, Organizer, Muted');
    const joined = recorder.events.flatMap((e) => (e.kind === 'joined' ? [e.participant] : []));
    expect(joined.map(({ name, role, self }) => [name, role, self])).toEqual([
      ['Organizer', 'participant', false],
      ['Morgan Lee', 'participant', false],
      ['Remove from meeting', 'participant', false],
      ['Eve, Organizer, Muted', 'participant', false],
    ]);
    expect(new Set(joined.map((p) => p.id)).size).toBe(4);
  });

  it('shares start and stop from the ScreenSharing stream', async () => {
    page = mountTeams();
    recorder = record();
    const roster = await recorder.next('roster');
    page.replica.share('p2');
    expect((await recorder.next('share-started')).participantId).toBe(roster.participants[2]!.id);
    page.replica.stopShare('p2');
    expect((await recorder.next('share-stopped')).participantId).toBe(roster.participants[2]!.id);
  });

  it('reads meeting chat while the Chat pane is open; system lines are not chat', async () => {
    page = mountTeams();
    recorder = record();
    await recorder.next('roster');
    document.querySelector<HTMLElement>('#chat-button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 20)); // what the pane shows first is history
    page.replica.chat('p3', 'hello');
    page.replica.join('Late Comer');
    const chat = await recorder.next('chat');
    expect(chat).toMatchObject({ name: 'Chloé Martin', text: 'hello' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(recorder.events.filter((e) => e.kind === 'chat')).toHaveLength(1);
    expect(recorder.events.filter((e) => e.kind === 'left')).toHaveLength(0);
  });

  it('500 people in a virtualised list: the roster is read whole by scrolling, joins at the end are seen', async () => {
    page = mountTeams({ participants: 500 });
    recorder = record();
    const roster = await recorder.next('roster', undefined, 8_000);
    expect(roster.participants).toHaveLength(501);
    expect(new Set(roster.participants.map((p) => p.id)).size).toBe(501);
    const scroller = document.querySelector<HTMLElement>('[data-tid="calling-roster-attendees"]')!;
    expect(scroller.scrollTop).toBe(0);
    page.replica.join('Zed Last');
    expect((await recorder.next('joined', undefined, 8_000)).participant.name).toBe('Zed Last');
    const leaver = roster.participants.find((p) => p.name === page.replica.state().participants[250]!.name)!;
    page.replica.leave(page.replica.state().participants[250]!.id);
    expect((await recorder.next('left', undefined, 8_000)).participantId).toBe(leaver.id);
    expect(recorder.events.filter((e) => e.kind === 'left')).toHaveLength(1);
  }, 20_000);
});
