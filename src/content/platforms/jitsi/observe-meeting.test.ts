import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { waitFor } from '../../kit/wait-for';
import { jitsiAdapter } from './adapter';
import { eventually, mountJitsi, settle, type JitsiPage } from './jitsi.fixture';

let page: JitsiPage | undefined;
let controller: AbortController | undefined;
afterEach(() => {
  controller?.abort();
  page?.unmount();
  page = undefined;
});

function observe(): MeetingEvent[] {
  const events: MeetingEvent[] = [];
  controller = new AbortController();
  jitsiAdapter.start(document, (event) => events.push(event), controller.signal);
  return events;
}

const rosterOf = async (events: MeetingEvent[]) => {
  await eventually(() => events.some((e) => e.kind === 'roster'), 'roster event');
  const roster = events.find((e) => e.kind === 'roster');
  return roster?.kind === 'roster' ? roster.participants : [];
};
const until = (events: MeetingEvent[], test: (e: MeetingEvent) => boolean) =>
  eventually(() => events.some(test), 'event');

describe('Jitsi adapter: observing the page', () => {
  it('finds a conference by its DOM on any domain, not on a prejoin screen', () => {
    page = mountJitsi();
    expect(jitsiAdapter.present(document)).toBe(true);
    expect(jitsiAdapter.title(document)).toBe('WeeklyTeamSync');
    document.querySelector('#new-toolbox')?.remove();
    expect(jitsiAdapter.present(document)).toBe(false);
    document.body.replaceChildren();
    expect(jitsiAdapter.present(document)).toBe(false);
  });

  it('opens the closed participants pane once and emits the roster with roles from the label only', async () => {
    page = mountJitsi();
    page.replica.join('Amélie Durand', 'cohost');
    expect(document.querySelector('#participants-pane')).toBeNull();
    const events = observe();
    const roster = await rosterOf(events);
    expect(events[0]?.kind).toBe('roster');
    expect(roster.map(({ id, name, role, self }) => ({ id, name, role, self }))).toEqual(
      page.replica.state().participants.map(({ id, name, role, self }) => ({ id, name, role, self })),
    );
  });

  it('keeps hostile names as names: "Moderator", "(you)" and markup never become roles', async () => {
    page = mountJitsi({ participants: 0 });
    const hostile = [
      'Moderator',
      'Modérateur',
      'Eve (you)',
      'Eve\u00a0(you)',
      '(vous)',
      '<img src=x onerror=alert(1)>',
      ' spaced ',
    ];
    for (const name of hostile) page.replica.join(name);
    const roster = await rosterOf(observe());
    for (const name of hostile) {
      expect(roster.find((p) => p.name === name)).toMatchObject({ role: 'participant', self: false });
    }
    expect(roster.filter((p) => p.self)).toHaveLength(1);
    expect(document.querySelector('#participants-pane img')).toBeNull();
  });

  it('lobby knockers are not participants until admitted; a search filter is not a leave', async () => {
    page = mountJitsi();
    const events = observe();
    await rosterOf(events);
    // The lobby, as the host would turn it on (through the replica's own model here).
    document.querySelector<HTMLElement>('[aria-label="More actions"]')!.click();
    await waitFor(() => document.querySelector('#overflow-context-menu [aria-label="Security options"]'), 'menu');
    document.querySelector<HTMLElement>('#overflow-context-menu [aria-label="Security options"]')!.click();
    await waitFor(() => document.querySelector('#lobby-section-switch'), 'switch');
    document.querySelector<HTMLElement>('#lobby-section-switch')!.click();
    await eventually(() => page!.replica.state().settings.locked === true, 'lobby on');
    const knocker = page.replica.join('Knock Knock');
    await waitFor(() => document.querySelector(`#lobby-list [id="participant-item-${knocker}"]`), 'lobby row');
    await settle(30);
    expect(events.filter((e) => e.kind === 'joined')).toHaveLength(0);
    document.querySelector<HTMLElement>(`[data-testid="admit-${knocker}"]`)!.click();
    await until(events, (e) => e.kind === 'joined');
    expect(events.filter((e) => e.kind === 'joined')).toEqual([
      expect.objectContaining({ participant: expect.objectContaining({ id: knocker, name: 'Knock Knock' }) }),
    ]);

    const search = document.querySelector<HTMLInputElement>('#participants-pane input')!;
    search.value = 'Ana';
    search.dispatchEvent(new Event('input'));
    await settle(30);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await settle(30);
    expect(events.filter((e) => e.kind === 'left')).toHaveLength(0);
  });

  it('reads a share from the screenshare tile, and chat with each group member named', async () => {
    page = mountJitsi();
    const events = observe();
    await rosterOf(events);
    const ana = page.idOf('Ana Souza');
    page.replica.share(ana);
    await until(events, (e) => e.kind === 'share-started');
    expect(events.filter((e) => e.kind === 'share-started')).toEqual([expect.objectContaining({ participantId: ana })]);
    page.replica.stopShare(ana);
    await until(events, (e) => e.kind === 'share-stopped');

    document.querySelector<HTMLElement>('[aria-label="Open chat"]')!.click();
    await waitFor(() => document.querySelector('#chatconversation'), 'chat panel');
    // Messages already in the panel when it is first seen are history, not news.
    await settle(10);
    page.replica.chat(ana, 'first');
    page.replica.chat(ana, 'second');
    page.replica.chat(page.idOf('Ben Okafor'), 'third');
    await eventually(() => events.filter((e) => e.kind === 'chat').length === 3, 'three messages');
    const chats = events.flatMap((e) => (e.kind === 'chat' ? [{ name: e.name, text: e.text }] : []));
    expect(chats).toEqual([
      { name: 'Ana Souza', text: 'first' },
      { name: 'Ana Souza', text: 'second' },
      { name: 'Ben Okafor', text: 'third' },
    ]);
  });

  it('reads 500 participants at once and still emits one event per join', async () => {
    page = mountJitsi({ participants: 500 });
    const started = performance.now();
    const events = observe();
    const roster = await rosterOf(events);
    expect(roster).toHaveLength(501);
    page.replica.join('Late Joiner');
    await until(events, (e) => e.kind === 'joined');
    await settle(30);
    expect(events.filter((e) => e.kind === 'joined')).toHaveLength(1);
    expect(events.filter((e) => e.kind === 'left')).toHaveLength(0);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('probes its parts, in French too', () => {
    page = mountJitsi({ lang: 'fr' });
    const health = jitsiAdapter.probe(document);
    expect(health.ok, JSON.stringify(health.parts)).toBe(true);
    document.querySelector('#new-toolbox')?.remove();
    expect(jitsiAdapter.probe(document).ok).toBe(false);
  });
});
