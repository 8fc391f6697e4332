import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { waitFor } from '../../kit/wait-for';
import { meetAdapter } from './adapter';
import { eventually, mountMeet, settle, type MeetPage } from './meet.fixture';
import type { MeetAttributes } from '../../../replicas/meet/context';

let page: MeetPage | undefined;
let controller: AbortController | undefined;
afterEach(() => {
  controller?.abort();
  page?.unmount();
  page = undefined;
});

async function watch(options: { attributes?: MeetAttributes; participants?: number; lang?: 'fr' } = {}) {
  page = mountMeet(options);
  const events: MeetingEvent[] = [];
  controller = new AbortController();
  meetAdapter.start(document, (event) => events.push(event), controller.signal);
  await eventually(() => events.some((e) => e.kind === 'roster'), 'roster');
  return events;
}
const until = (events: MeetingEvent[], kind: MeetingEvent['kind']) =>
  eventually(() => events.find((e) => e.kind === kind), kind);
const button = (label: string) => document.querySelector<HTMLElement>(`button[aria-label="${label}"]`)!;

describe.each(['live', 'aria-only'] as const)('observing Meet (%s attributes)', (attributes) => {
  it('opens the People panel and emits the roster first, self and host from the badges', async () => {
    const events = await watch({ attributes });
    const roster = events[0]!;
    if (roster.kind !== 'roster') throw new Error('roster first');
    expect(roster.participants.map((p) => [p.name, p.role, p.self])).toEqual([
      ['Maya Fischer', 'host', true],
      ['Ana Souza', 'participant', false],
      ['Ben Okafor', 'participant', false],
      ['Chloé Martin', 'participant', false],
    ]);
    const ids = roster.participants.map((p) => p.id);
    if (attributes === 'live') expect(ids[1]).toBe(page!.idOf('Ana Souza'));
    else expect(ids[1]).toBe('name:Ana Souza');
  });

  it('joined, renamed, share-started / -stopped and left, once each', async () => {
    const events = await watch({ attributes });
    const id = page!.control.join('Eve Raider');
    const joined = await until(events, 'joined');
    if (joined.kind !== 'joined') throw new Error();
    page!.control.rename(id, 'Eve (Presentation)');
    await until(events, 'renamed');
    page!.control.share(id);
    const started = await until(events, 'share-started');
    expect(started).toMatchObject({ participantId: joined.participant.id });
    page!.control.stopShare(id);
    await until(events, 'share-stopped');
    page!.control.leave(id);
    await until(events, 'left');
    await settle(30);
    const kinds = events.slice(1).map((e) => e.kind);
    expect(kinds).toEqual(['joined', 'renamed', 'share-started', 'share-stopped', 'left']);
    expect(events.find((e) => e.kind === 'renamed')).toMatchObject({ from: 'Eve Raider', to: 'Eve (Presentation)' });
  });

  it('another side panel pauses the roster without anyone leaving; reopening People resumes it', async () => {
    const events = await watch({ attributes });
    button('Host controls').click();
    await waitFor(() => !document.querySelector('[role="list"][aria-label="Participants"]'), 'People closed');
    page!.control.join('Quiet Joiner');
    await settle(30);
    expect(events.filter((e) => e.kind === 'left')).toEqual([]);
    button('People').click();
    const joined = await until(events, 'joined');
    expect(joined).toMatchObject({ participant: { name: 'Quiet Joiner' } });
    expect(events.filter((e) => e.kind === 'left')).toEqual([]);
  });
});

describe('observing Meet: chat, settings, scale', () => {
  it("emits chat messages from the open chat panel, not the host's own", async () => {
    const events = await watch();
    button('Chat with everyone').click();
    await waitFor(() => document.querySelector('[aria-label="Let participants send messages"]'), 'chat panel');
    page!.control.chat(page!.idOf('Ana Souza'), 'hello <b>all</b>');
    const chat = await until(events, 'chat');
    expect(chat).toMatchObject({ name: 'Ana Souza', text: 'hello <b>all</b>' });
    document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Send a message"]')!.value = 'from host';
    button('Send a message').click();
    await settle(30);
    expect(events.filter((e) => e.kind === 'chat')).toHaveLength(1);
  });

  it('reads settings from an open Host controls panel', async () => {
    const events = await watch();
    button('Host controls').click();
    const first = await until(events, 'settings');
    expect(first).toMatchObject({
      settings: { shareAllowed: true, chatAllowed: true, unmuteAllowed: true, locked: false },
    });
    document.querySelector<HTMLElement>('[role="switch"][aria-label="Share their screen"]')!.click();
    await eventually(() => events.filter((e) => e.kind === 'settings').length > 1, 'second settings event');
    expect(events.filter((e) => e.kind === 'settings').at(-1)).toMatchObject({ settings: { shareAllowed: false } });
  });

  it('500 participants: the roster holds them all and a burst of joins is one event each', async () => {
    const events = await watch({ participants: 500 });
    const roster = events[0]!;
    expect(roster.kind === 'roster' && roster.participants).toHaveLength(501);
    for (let i = 0; i < 20; i++) page!.control.join(`Raider ${i}`);
    await eventually(() => events.filter((e) => e.kind === 'joined').length === 20, '20 joins');
  });

  it('French chrome: the roster reads the same', async () => {
    const events = await watch({ lang: 'fr' });
    const roster = events[0]!;
    expect(roster.kind === 'roster' && roster.participants.filter((p) => p.self && p.role === 'host')).toHaveLength(1);
  });

  it('stops with its signal: no event after abort', async () => {
    const events = await watch();
    controller!.abort();
    const seen = events.length;
    page!.control.join('After Abort');
    await settle(30);
    expect(events).toHaveLength(seen);
  });
});

describe('observing Meet: hostile names', () => {
  it('impostors of the host, a badge or a presentation stay plain participants on the roster', async () => {
    const events = await watch();
    for (const name of ['Maya Fischer', 'Meeting host', '(You)', 'Ana Souza (Presentation)', 'more_vert'])
      page!.control.join(name);
    await eventually(() => events.filter((e) => e.kind === 'joined').length === 5, 'five joins');
    const joined = events.flatMap((e) => (e.kind === 'joined' ? [e.participant] : []));
    expect(joined.map((p) => [p.name, p.role, p.self])).toEqual([
      ['Maya Fischer', 'participant', false],
      ['Meeting host', 'participant', false],
      ['(You)', 'participant', false],
      ['Ana Souza (Presentation)', 'participant', false],
      ['more_vert', 'participant', false],
    ]);
    expect(events.filter((e) => e.kind === 'share-started')).toEqual([]);
  });
});
