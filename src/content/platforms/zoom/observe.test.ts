import { afterEach, describe, expect, it } from 'vitest';
import { mountZoom, tick, until, type ZoomPage } from './zoom.fixture';

let page: ZoomPage | undefined;
afterEach(() => page?.stop());

const roster = (p: ZoomPage) => {
  const event = p.events.find((e) => e.kind === 'roster');
  return event?.kind === 'roster' ? event.participants : [];
};

describe('Zoom adapter observation', () => {
  it('opens the closed Participants panel and emits the roster with roles from the label only', async () => {
    page = mountZoom();
    await until(page.events, (e) => e.kind === 'roster');
    expect(roster(page).map(({ name, role, self }) => ({ name, role, self }))).toEqual([
      { name: 'Alex Morgan', role: 'host', self: true },
      { name: 'Ana Souza', role: 'participant', self: false },
      { name: 'Ben Okafor', role: 'participant', self: false },
      { name: 'Chloé Martin', role: 'participant', self: false },
    ]);
    expect(roster(page).map((p) => p.id)).toEqual(['Alex Morgan', 'Ana Souza', 'Ben Okafor', 'Chloé Martin']);
  });

  it('a participant named like a host stays a participant; a twin name gets a suffix', async () => {
    page = mountZoom();
    await until(page.events, (e) => e.kind === 'roster');
    page.control.join('Alex Morgan (Host)');
    page.control.join('Ana Souza');
    await until(page.events, (e) => e.kind === 'joined' && e.participant.id === 'Ana Souza#2');
    const joined = page.events.flatMap((e) => (e.kind === 'joined' ? [e.participant] : []));
    expect(joined.map(({ id, role, self }) => ({ id, role, self }))).toEqual([
      { id: 'Alex Morgan (Host)', role: 'participant', self: false },
      { id: 'Ana Souza#2', role: 'participant', self: false },
    ]);
  });

  it('keeps the id across a rename in place and across a leave above (row ids shift)', async () => {
    page = mountZoom();
    await until(page.events, (e) => e.kind === 'roster');
    page.control.rename(page.replicaId('Ben Okafor'), 'B. Okafor');
    await until(page.events, (e) => e.kind === 'renamed');
    page.control.leave(page.replicaId('Ana Souza'));
    await until(page.events, (e) => e.kind === 'left');
    await tick();
    const changes = page.events.filter((e) => e.kind !== 'roster');
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'renamed', participantId: 'Ben Okafor', from: 'Ben Okafor', to: 'B. Okafor' }),
      expect.objectContaining({ kind: 'left', participantId: 'Ana Souza' }),
    ]);
  });

  it('reads a 500-person virtualised roster whole, then sees a join below the window', async () => {
    page = mountZoom({ participants: 500 });
    await until(page.events, (e) => e.kind === 'roster');
    expect(roster(page)).toHaveLength(501);
    expect(new Set(roster(page).map((p) => p.id)).size).toBe(501);
    expect(document.querySelector<HTMLElement>('#participants-unified-list')!.scrollTop).toBe(0);
    page.control.join('Raid Er');
    await until(page.events, (e) => e.kind === 'joined');
    expect(page.events.filter((e) => e.kind === 'joined')).toEqual([
      expect.objectContaining({ participant: expect.objectContaining({ name: 'Raid Er' }) }),
    ]);
    expect(page.events.filter((e) => e.kind === 'left')).toHaveLength(0);
  }, 15_000);

  it('names the sharer from the indicator; a chat message is emitted once', async () => {
    page = mountZoom();
    await until(page.events, (e) => e.kind === 'roster');
    page.control.share(page.replicaId('Chloé Martin'));
    await until(page.events, (e) => e.kind === 'share-started');
    page.control.stopShare(page.replicaId('Chloé Martin'));
    await until(page.events, (e) => e.kind === 'share-stopped');
    document.querySelector<HTMLElement>('button[aria-label="open the chat panel"]')!.click();
    await tick();
    page.control.chat(page.replicaId('Ana Souza'), 'hi all');
    await until(page.events, (e) => e.kind === 'chat');
    expect(page.events.filter((e) => e.kind !== 'roster')).toEqual([
      expect.objectContaining({ kind: 'share-started', participantId: 'Chloé Martin' }),
      expect.objectContaining({ kind: 'share-stopped', participantId: 'Chloé Martin' }),
      expect.objectContaining({ kind: 'chat', name: 'Ana Souza', text: 'hi all' }),
    ]);
  });

  it('reads the French client', async () => {
    page = mountZoom({ lang: 'fr' });
    await until(page.events, (e) => e.kind === 'roster');
    expect(roster(page)[0]).toEqual(expect.objectContaining({ name: 'Alex Morgan', role: 'host', self: true }));
    page.control.share(page.replicaId('Ana Souza'));
    await until(page.events, (e) => e.kind === 'share-started');
    expect(page.events.some((e) => e.kind === 'share-started' && e.participantId === 'Ana Souza')).toBe(true);
  });
});
