import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/preact';
import { createPanelStore } from './store';
import { rosterOrder, selectedTabId } from './selectors';
import { FakeConnector } from './testing/fake-connector';
import { participant, session, T0 } from './testing/fixtures';

async function started(connector: FakeConnector, now?: () => number) {
  const store = createPanelStore(connector, now);
  store.getState().start();
  await waitFor(() => expect(store.getState().loaded).toBe(true));
  return store;
}

describe('which meeting the panel shows', () => {
  const two = { 1: session({ tabId: 1, updatedAt: T0 + 5 }), 2: session({ tabId: 2, updatedAt: T0 + 9 }) };

  it('shows the focus tab when it has a session', async () => {
    const store = await started(new FakeConnector({ sessions: two, focus: { tabId: 1, at: T0 } }));
    expect(selectedTabId(store.getState())).toBe(1);
  });

  it('falls back to the most recently updated session when focus has none', async () => {
    const store = await started(new FakeConnector({ sessions: two, focus: { tabId: 7, at: T0 } }));
    expect(selectedTabId(store.getState())).toBe(2);
  });

  it('has no selection without sessions', async () => {
    const store = await started(new FakeConnector({ focus: { tabId: 1, at: T0 } }));
    expect(selectedTabId(store.getState())).toBeNull();
  });

  it("keeps the host's pick until they act on another meeting (a newer focus)", async () => {
    const connector = new FakeConnector({ sessions: two, focus: { tabId: 1, at: T0 } });
    const store = await started(connector, () => T0 + 100);
    store.getState().pick(2);
    expect(selectedTabId(store.getState())).toBe(2);
    connector.emit({ focus: { tabId: 1, at: T0 + 50 } });
    expect(selectedTabId(store.getState())).toBe(2);
    connector.emit({ focus: { tabId: 1, at: T0 + 200 } });
    expect(selectedTabId(store.getState())).toBe(1);
  });

  it('moves on when the picked meeting closes', async () => {
    const connector = new FakeConnector({ sessions: two });
    const store = await started(connector);
    store.getState().pick(1);
    connector.emit({ sessions: { 1: null } });
    expect(selectedTabId(store.getState())).toBe(2);
  });
});

describe('roster order', () => {
  it('puts present people first, newest joiners first', () => {
    const order = rosterOrder({
      a: participant({ id: 'a', joinedAt: T0 }),
      b: participant({ id: 'b', joinedAt: T0 + 30 }),
      gone: participant({ id: 'gone', joinedAt: T0 + 60, present: false }),
      c: participant({ id: 'c', joinedAt: T0 + 10 }),
    });
    expect(order.map((p) => p.id)).toEqual(['b', 'c', 'a', 'gone']);
  });

  it('puts whoever is sharing right now on top, whatever their join time', () => {
    const order = rosterOrder({
      early: participant({ id: 'early', joinedAt: T0, sharing: true }),
      late: participant({ id: 'late', joinedAt: T0 + 30 }),
      stale: participant({ id: 'stale', joinedAt: T0 + 60, sharing: true, present: false }),
    });
    expect(order.map((p) => p.id)).toEqual(['early', 'late', 'stale']);
  });
});
