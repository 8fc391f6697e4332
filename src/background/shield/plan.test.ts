import { memorySession } from '../test-support/session';
import { describe, expect, it } from 'vitest';
import type { Alert, AlertKind } from '../../shared/model/alert';
import { participant } from '../test-support/participant';
import type { MeetingSession } from '../../shared/model/session';
import { DEFAULT_SHIELD_SETTINGS } from '../../shared/model/shield';
import { planShield } from './plan';

const person = participant;

function session(extra: Partial<MeetingSession> = {}): MeetingSession {
  return {
    ...memorySession(),
    participants: {
      host: person('host', { role: 'host', self: true, sharing: true }),
      x: person('x', { sharing: true }),
      y: person('y'),
    },
    settings: { shareAllowed: true, locked: false },
    ...extra,
  };
}
const alert = (kind: AlertKind, participantId?: string): Alert => ({
  id: `${kind}-${participantId ?? ''}`,
  at: 1,
  kind,
  severity: 'critical',
  ...(participantId ? { participantId } : {}),
});

describe('planShield', () => {
  it('a tripwire share: stop it first, then disable sharing for everyone', () => {
    const steps = planShield(session(), [alert('fresh-joiner-sharing', 'x')], DEFAULT_SHIELD_SETTINGS);
    expect(steps.map((s) => s.command)).toEqual([
      { kind: 'stop-share', participantId: 'x' },
      { kind: 'set-settings', changes: { shareAllowed: false } },
    ]);
    expect(steps.every((s) => s.trigger.kind === 'fresh-joiner-sharing')).toBe(true);
  });

  it('a burst: lock and disable sharing in one visit', () => {
    const steps = planShield(session(), [alert('join-burst')], DEFAULT_SHIELD_SETTINGS);
    expect(steps.map((s) => s.command)).toEqual([
      { kind: 'set-settings', changes: { locked: true, shareAllowed: false } },
    ]);
  });

  it('asks nothing already in place, and nothing twice', () => {
    const closed = session({ settings: { shareAllowed: false, locked: true } });
    expect(planShield(closed, [alert('join-burst'), alert('hostile-name', 'y')], DEFAULT_SHIELD_SETTINGS)).toEqual([]);
    const twice = planShield(
      session(),
      [alert('fresh-joiner-sharing', 'x'), alert('flagged-sharer', 'x')],
      DEFAULT_SHIELD_SETTINGS,
    );
    expect(twice.filter((s) => s.command.kind === 'stop-share')).toHaveLength(1);
  });

  it('never acts on a moderator, the host, someone gone, or a share already over', () => {
    const s = session();
    s.participants.y = person('y', { present: false, sharing: true });
    const settings = { ...DEFAULT_SHIELD_SETTINGS, disableSharingAfterAlert: false, ejectHostileNames: true };
    const alerts = [alert('fresh-joiner-sharing', 'host'), alert('hostile-name', 'y'), alert('hostile-name', 'host')];
    expect(planShield(s, alerts, settings)).toEqual([]);
  });

  it('removes hostile names only when the host enabled it', () => {
    const hit = [alert('hostile-name', 'y')];
    const off = planShield(session(), hit, { ...DEFAULT_SHIELD_SETTINGS, disableSharingAfterAlert: false });
    expect(off).toEqual([]);
    const on = planShield(session(), hit, { ...DEFAULT_SHIELD_SETTINGS, ejectHostileNames: true });
    expect(on.map((s) => s.command)).toContainEqual({ kind: 'eject', participantId: 'y', blockRejoin: true });
  });

  it('does only what the platform can and what the host chose', () => {
    const noStop = session({ capabilities: ['set-settings'], changeable: ['locked'] });
    expect(planShield(noStop, [alert('fresh-joiner-sharing', 'x')], DEFAULT_SHIELD_SETTINGS)).toEqual([]);
    const nothing = {
      stopTripwireShare: false,
      lockAfterBurst: false,
      disableSharingAfterAlert: false,
      ejectHostileNames: false,
    };
    expect(planShield(session(), [alert('join-burst'), alert('fresh-joiner-sharing', 'x')], nothing)).toEqual([]);
  });
});
