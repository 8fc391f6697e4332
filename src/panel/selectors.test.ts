import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/preact';
import type { MarkKind, ParticipantMarks } from '../shared/model/participant';
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

describe('roster order during an incident', () => {
  const NOW = T0 + 60 * 60_000;
  const mark = (kind: MarkKind): ParticipantMarks => ({
    [kind]: { at: NOW, alertId: kind, alertKind: 'impersonation' },
  });
  const people = {
    host: participant({ id: 'host', role: 'host', self: true, joinedAt: T0 }),
    regular: participant({ id: 'regular', joinedAt: T0 + 10 }),
    sharer: participant({ id: 'sharer', joinedAt: T0 + 20, sharing: true }),
    newest: participant({ id: 'newest', joinedAt: NOW - 1_000, arrivedLive: true }),
    newSharer: participant({ id: 'newSharer', joinedAt: NOW - 50_000, arrivedLive: true, sharing: true }),
    older: participant({ id: 'older', joinedAt: NOW - 60_000, arrivedLive: true }),
    unknownOld: participant({ id: 'unknownOld', joinedAt: T0 + 30, marks: mark('unknown') }),
    unknownNew: participant({ id: 'unknownNew', joinedAt: NOW - 90_000, arrivedLive: true, marks: mark('unknown') }),
    flagged: participant({ id: 'flagged', joinedAt: T0 + 40, marks: mark('flagged') }),
    impostor: participant({ id: 'impostor', joinedAt: T0 + 50, marks: mark('impersonating') }),
    rejoiner: participant({ id: 'rejoiner', joinedAt: NOW - 100_000, arrivedLive: true, marks: mark('rejoined') }),
    goneFlagged: participant({
      id: 'goneFlagged',
      joinedAt: NOW - 10,
      arrivedLive: true,
      present: false,
      marks: mark('flagged'),
    }),
  };

  it('puts the riskiest first: strong marks, then unknown, then new; sharing, then newest break ties', () => {
    expect(rosterOrder(people, { now: NOW }).map((p) => p.id)).toEqual([
      // Strong marks; the rejoiner is also new.
      'rejoiner',
      'impostor',
      'flagged',
      // Unknown and new, then unknown alone.
      'unknownNew',
      'unknownOld',
      // New: the sharing one first, then newest first.
      'newSharer',
      'newest',
      'older',
      // Nothing: the sharer first, then newest first, as outside an incident.
      'sharer',
      'regular',
      'host',
      // Whoever left comes last, marks or not.
      'goneFlagged',
    ]);
  });

  it('keeps the usual order without an incident, marks or not', () => {
    expect(rosterOrder(people).map((p) => p.id)).toEqual([
      'newSharer',
      'sharer',
      'newest',
      'older',
      'unknownNew',
      'rejoiner',
      'impostor',
      'flagged',
      'unknownOld',
      'regular',
      'host',
      'goneFlagged',
    ]);
  });
});
