import { memorySession } from '../test-support/session';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/model/alert';
import { participant } from '../test-support/participant';
import type { ActionRecord, MeetingSession } from '../../shared/model/session';
import { containmentOf } from './containment-time';

const person = participant;
const alert = (kind: Alert['kind'], at: number, participantId?: string): Alert => ({
  id: `${kind}${at}`,
  at,
  kind,
  severity: 'critical',
  ...(participantId ? { participantId } : {}),
});
const step = (at: number, origin: ActionRecord['origin'], ok = true): ActionRecord => ({
  id: `s${at}`,
  at,
  hostAction: 'panic',
  step: 'stop-share',
  origin,
  result: { ok, ms: 1, code: ok ? 'done' : 'not-verified', detail: '' },
});
const session = (extra: Partial<MeetingSession>) => memorySession({ capabilities: [], changeable: [], ...extra });

describe('drill containment time', () => {
  it('a share bomb: from the tripwire alert to the verified stop, by whoever did it', () => {
    const bomb = session({
      participants: { x: person('x') },
      alerts: [alert('joined', 900, 'x'), alert('fresh-joiner-sharing', 1000, 'x')],
      actions: [step(1450, 'shortcut')],
    });
    expect(containmentOf(bomb, 0)).toMatchObject({ attack: 'fresh-joiner-sharing', containedMs: 450, by: 'shortcut' });
  });

  it('not while the intruder still shares, nor after a raid until the room is locked', () => {
    const sharing = session({
      participants: { x: person('x', { sharing: true }) },
      alerts: [alert('fresh-joiner-sharing', 1000, 'x')],
      actions: [step(1200, 'panel')],
    });
    expect(containmentOf(sharing, 0)).toBeUndefined();
    const raid = session({ alerts: [alert('join-burst', 1000)], actions: [step(1200, 'rule')], settings: {} });
    expect(containmentOf(raid, 0)).toBeUndefined();
    expect(containmentOf({ ...raid, settings: { locked: true } }, 0)).toMatchObject({ containedMs: 200, by: 'rule' });
  });

  it('a chat attack ends with chat closed or the sender gone; failed steps do not count', () => {
    const flood = session({
      participants: { f: person('f') },
      alerts: [alert('chat-flood', 1000, 'f')],
      actions: [step(1300, 'panel', false)],
    });
    expect(containmentOf(flood, 0)).toBeUndefined();
    expect(containmentOf({ ...flood, settings: { chatAllowed: false } }, 0)).toBeUndefined();
    const closed = {
      ...flood,
      settings: { chatAllowed: false },
      actions: [step(1300, 'panel', false), step(1600, 'panel')],
    };
    expect(containmentOf(closed, 0)?.containedMs).toBe(600);
  });

  it('only attacks after `since` (the previous drill) count, and no attack means no drill', () => {
    const done = session({ alerts: [alert('hostile-name', 1000, 'x')], actions: [step(1100, 'panel')] });
    expect(containmentOf(done, 1101)).toBeUndefined();
    expect(containmentOf(session({ actions: [step(10, 'panel')] }), 0)).toBeUndefined();
  });
});
