import { beforeEach, describe, expect, it } from 'vitest';
import { alert, record, sessionWith, T0 } from '../testing/fixtures';
import { buildEntries } from './entries';
import { HOSTILE_NAMES, moderatedSession, useEnglish } from './log-fixtures';

beforeEach(useEnglish);

describe('buildEntries', () => {
  it('tells when, who acted, what, to whom, why and how it ended for every step, oldest first', () => {
    const entries = buildEntries(moderatedSession());
    expect(entries.map((e) => e.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(entries[0]).toEqual({
      id: 'r1',
      at: T0 + 1000,
      actor: { origin: 'rule', rule: 'hostile-name', label: 'Shield rule: hostile name' },
      action: { hostAction: 'stop-share', step: 'stop-share', label: 'Stop share' },
      target: { id: 'p1', name: HOSTILE_NAMES.hyperlink },
      reason: { rule: 'hostile-name', alertId: 'a1', category: 'hate', label: 'hostile name (hateful)' },
      result: { state: 'ok', code: 'done', detail: '', ms: 120, label: 'Done' },
      reversed: false,
    });
  });

  it('names the host as the actor, by panel or shortcut, with "host decision" as the reason', () => {
    const [, panic, lock] = buildEntries(moderatedSession());
    expect(panic!.actor).toEqual({ origin: 'shortcut', label: 'Host, by keyboard shortcut' });
    expect(panic!.action.label).toBe('PANIC › Screen sharing');
    expect(lock!.actor).toEqual({ origin: 'panel', label: 'Host, from the panel' });
    expect(lock!.reason).toEqual({ label: 'host decision' });
    expect(lock!.target).toBeUndefined();
  });

  it('keeps failures and steps waiting for the host apart, with code and detail', () => {
    const entries = buildEntries(moderatedSession());
    expect(entries[2]!.result).toMatchObject({ state: 'failed', code: 'control-missing', detail: 'no lock toggle' });
    expect(entries[5]!.result).toMatchObject({ state: 'waiting', code: 'awaiting-host' });
  });

  it('links a reversed step and the undo that reversed it both ways', () => {
    const entries = buildEntries(moderatedSession());
    expect(entries[3]).toMatchObject({ reversed: true, reversedBy: 'r5', reason: { label: 'join burst' } });
    expect(entries[4]).toMatchObject({ reversed: false, reverses: 'r4', actor: { origin: 'panel' } });
    expect(entries[4]!.reversedBy).toBeUndefined();
  });

  it('still says why when the trigger alert aged out, and falls back to the alert for a dropped name', () => {
    const s = sessionWith([], {
      alerts: [alert({ id: 'a1', kind: 'hostile-chat', participantId: 'gone', name: 'Old name' })],
      actions: [
        record({
          id: 'e',
          hostAction: 'eject',
          step: 'remove',
          origin: 'rule',
          participantId: 'gone',
          trigger: { alertId: 'a1', alertKind: 'hostile-chat' },
        }),
        record({ id: 'x', origin: 'rule', trigger: { alertId: 'aged-out', alertKind: 'chat-flood' } }),
        record({ id: 'y', origin: 'rule', participantId: 'nobody' }),
      ],
    });
    const [eject, flood, unknown] = buildEntries(s);
    expect(eject!.target).toEqual({ id: 'gone', name: 'Old name' });
    expect(eject!.reason).toEqual({ rule: 'hostile-chat', alertId: 'a1', label: 'hostile chat' });
    expect(flood!.reason).toEqual({ rule: 'chat-flood', alertId: 'aged-out', label: 'chat flood' });
    expect(unknown!.actor.label).toBe('Shield rule: other detection');
    expect(unknown!.target).toEqual({ id: 'nobody', name: '' });
  });

  it('ignores a category value that is not one of the text categories', () => {
    const s = sessionWith([], {
      alerts: [alert({ id: 'a', kind: 'hostile-name', values: { category: 'toString' } })],
      actions: [record({ id: 'r', origin: 'rule', trigger: { alertId: 'a', alertKind: 'hostile-name' } })],
    });
    expect(buildEntries(s)[0]!.reason).toEqual({ rule: 'hostile-name', alertId: 'a', label: 'hostile name' });
  });
});
