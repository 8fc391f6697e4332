import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/preact';
import type { HostCommand } from '../shared/actions';
import { createPanelStore } from './store';
import { PANEL_LIMITS } from './store-deltas';
import { FakeConnector } from './testing/fake-connector';
import { alert, record, report, session, T0 } from './testing/fixtures';

async function started(connector: FakeConnector, now?: () => number) {
  const store = createPanelStore(connector, now);
  store.getState().start();
  await waitFor(() => expect(store.getState().loaded).toBe(true));
  return store;
}

describe('updates from storage', () => {
  it('adds, replaces and removes sessions as storage changes', async () => {
    const connector = new FakeConnector();
    const store = await started(connector);
    connector.emit({ sessions: { 3: session({ tabId: 3, title: 'Board' }) } });
    expect(store.getState().sessions[3]?.title).toBe('Board');
    connector.emit({ sessions: { 3: session({ tabId: 3, title: 'Board (2)' }) } });
    expect(store.getState().sessions[3]?.title).toBe('Board (2)');
    connector.emit({ sessions: { 3: null } });
    expect(store.getState().sessions[3]).toBeUndefined();
  });

  it('replays changes that arrive while the first load is in flight', async () => {
    const connector = new FakeConnector({ sessions: { 1: session({ tabId: 1 }) } });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const load = connector.load.bind(connector);
    connector.load = () => gate.then(load);
    const store = createPanelStore(connector);
    store.getState().start();
    connector.emit({ sessions: { 2: session({ tabId: 2 }) } });
    release();
    await waitFor(() => expect(store.getState().loaded).toBe(true));
    expect(Object.keys(store.getState().sessions).sort()).toEqual(['1', '2']);
  });

  it(`keeps only the newest ${PANEL_LIMITS.reports} reports, newest first`, async () => {
    const connector = new FakeConnector();
    const store = await started(connector);
    const many = Array.from({ length: PANEL_LIMITS.reports + 30 }, (_, i) =>
      report({ id: `r${i}`, updatedAt: T0 + i }),
    );
    connector.emit({ reports: many });
    const kept = store.getState().reports;
    expect(kept).toHaveLength(PANEL_LIMITS.reports);
    expect(kept[0]?.id).toBe(`r${PANEL_LIMITS.reports + 29}`);
  });

  it('announces new critical alerts only, never the ones present at load', async () => {
    const old = alert({ id: 'a0', kind: 'join-burst', severity: 'critical' });
    const connector = new FakeConnector({ sessions: { 1: session({ alerts: [old] }) } });
    const store = await started(connector);
    expect(store.getState().announcements).toEqual([]);
    const info = alert({ id: 'a1', kind: 'joined', severity: 'info' });
    const critical = alert({ id: 'a2', kind: 'fresh-joiner-sharing', severity: 'critical' });
    connector.emit({ sessions: { 1: session({ alerts: [old, info, critical] }) } });
    expect(store.getState().announcements).toEqual([
      expect.objectContaining({ kind: 'critical-alert', alert: critical, more: 0 }),
    ]);
  });

  it(`caps announcements at ${PANEL_LIMITS.announcements}`, async () => {
    const connector = new FakeConnector({ sessions: { 1: session() } });
    const store = await started(connector);
    const alerts = [];
    for (let i = 0; i < PANEL_LIMITS.announcements + 3; i++) {
      alerts.push(alert({ id: `c${i}`, severity: 'critical', kind: 'join-burst' }));
      connector.emit({ sessions: { 1: session({ alerts: [...alerts] }) } });
    }
    expect(store.getState().announcements).toHaveLength(PANEL_LIMITS.announcements);
  });

  it('announces a panic run when it finishes, whoever started it', async () => {
    const connector = new FakeConnector({ sessions: { 1: session() } });
    const store = await started(connector);
    const panic = { runId: 'run1', startedAt: T0, snapshot: { locked: false } };
    connector.emit({ sessions: { 1: session({ panic }) } });
    expect(store.getState().announcements).toEqual([]);
    const steps = [
      record({ id: 's1', hostAction: 'panic', step: 'shareAllowed' }),
      record({ id: 's2', hostAction: 'panic', step: 'locked' }, { ok: false, code: 'control-missing' }),
    ];
    connector.emit({
      sessions: { 1: session({ panic: { ...panic, finishedAt: T0 + 900, ok: false }, actions: steps }) },
    });
    expect(store.getState().announcements).toEqual([
      expect.objectContaining({ kind: 'panic-finished', ok: false, failed: 1, total: 2 }),
    ]);
  });
});

describe('sending commands', () => {
  const eject: HostCommand = { kind: 'eject', participantId: 'p1', blockRejoin: true };

  it('sends once per command and target while a reply is pending', async () => {
    const connector = new FakeConnector({ sessions: { 1: session() } });
    let answer!: (value: unknown) => void;
    connector.reply = () => new Promise((resolve) => (answer = resolve));
    const store = await started(connector);
    const first = store.getState().send(1, eject);
    await store.getState().send(1, eject);
    expect(connector.sent).toHaveLength(1);
    expect(Object.keys(store.getState().pending)).toHaveLength(1);
    answer({ ok: true, steps: [record({ id: 'x', hostAction: 'eject', step: 'remove' })] });
    await first;
    expect(store.getState().pending).toEqual({});
    expect(store.getState().announcements.at(-1)).toMatchObject({ kind: 'command-done', command: 'eject' });
  });

  it('turns a rejection or a missing background into a clear failure', async () => {
    const connector = new FakeConnector({ sessions: { 1: session() } });
    connector.reply = () => Promise.resolve({ ok: false, reason: 'sender not allowed' });
    const store = await started(connector);
    expect(await store.getState().send(1, { kind: 'lock' })).toBeUndefined();
    expect(store.getState().announcements.at(-1)).toMatchObject({
      kind: 'command-failed',
      reason: 'sender not allowed',
    });
    connector.reply = () => Promise.reject(new Error('Could not establish connection.'));
    await store.getState().send(1, { kind: 'lock' });
    expect(store.getState().announcements.at(-1)).toMatchObject({ reason: 'Could not establish connection.' });
  });

  it('announces a panic that found no meeting (nothing else will)', async () => {
    const connector = new FakeConnector({ sessions: { 1: session() } });
    connector.reply = () =>
      Promise.resolve({
        ok: false,
        steps: [record({ id: 'n', hostAction: 'panic', step: 'panic' }, { ok: false, code: 'no-meeting' })],
      });
    const store = await started(connector);
    await store.getState().send(1, { kind: 'panic' });
    expect(store.getState().announcements.at(-1)).toMatchObject({
      kind: 'command-failed',
      command: 'panic',
      failed: 1,
    });
  });

  it('counts failed steps but not steps waiting for the host', async () => {
    const connector = new FakeConnector({ sessions: { 1: session() } });
    connector.reply = () =>
      Promise.resolve({
        ok: false,
        steps: [
          record({ id: 'a', hostAction: 'report', step: 'report' }, { ok: false, code: 'awaiting-host' }),
          record({ id: 'b', hostAction: 'report', step: 'remove' }, { ok: false, code: 'control-missing' }),
        ],
      });
    const store = await started(connector);
    await store
      .getState()
      .send(1, { kind: 'report', participantId: 'p1', category: 'other', description: '', alsoRemove: true });
    expect(store.getState().announcements.at(-1)).toMatchObject({ kind: 'command-failed', failed: 1 });
  });
});
