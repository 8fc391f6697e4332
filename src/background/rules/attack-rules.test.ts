import { memorySession } from '../test-support/session';
import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../shared/model/meeting-event';
import type { ParticipantObservation, Role } from '../../shared/model/participant';
import type { MeetingSession } from '../../shared/model/session';
import { foldEvent } from '../session/fold-event';
import { draftOf } from '../session/apply-event';
import { rulePolicy } from '../test-support/rule-policy';
import type { RulePolicy } from './rule';

let ids = 0;
const newId = () => `a${++ids}`;
const person = (id: string, name: string, role: Role = 'participant', extra: Partial<ParticipantObservation> = {}) => ({
  id,
  name,
  role,
  self: false,
  sharing: false,
  ...extra,
});

const meeting = (): MeetingSession => memorySession();

function run(events: MeetingEvent[], policy: RulePolicy = rulePolicy(), start = meeting()): MeetingSession {
  const draft = draftOf(start);
  for (const event of events) foldEvent(draft, event, policy, newId);
  return draft;
}

const host = person('host', 'Paul Martin', 'host', { self: true });
const opening: MeetingEvent = { kind: 'roster', at: 0, participants: [host, person('ann', 'Ann Lee')] };
const join = (at: number, id: string, name = `Guest ${id}`): MeetingEvent => ({
  kind: 'joined',
  at,
  participant: person(id, name),
});
const kinds = (session: MeetingSession) => session.alerts.map((a) => a.kind);

describe('join burst', () => {
  it('fires at N joins within T seconds, with the joiners, and grows as the raid continues', () => {
    const raid = Array.from({ length: 12 }, (_, i) => join(1000 + i * 500, `r${i}`));
    const session = run([opening, ...raid]);
    const bursts = session.alerts.filter((a) => a.kind === 'join-burst');
    expect(bursts).toHaveLength(1);
    expect(bursts[0]!.participantIds).toEqual(raid.map((e) => (e.kind === 'joined' ? e.participant.id : '')));
    expect(bursts[0]!.values?.count).toBe(12);
  });

  it('stays quiet below the threshold, for people present at the start, and when switched off', () => {
    expect(kinds(run([opening, join(1000, 'a'), join(5000, 'b'), join(9000, 'c'), join(13000, 'd')]))).not.toContain(
      'join-burst',
    );
    const roster = Array.from({ length: 30 }, (_, i) => person(`p${i}`, `P ${i}`));
    expect(kinds(run([{ kind: 'roster', at: 0, participants: roster }]))).not.toContain('join-burst');
    const raid = Array.from({ length: 6 }, (_, i) => join(1000 + i * 100, `r${i}`));
    expect(kinds(run([opening, ...raid], rulePolicy({ joinBurst: { enabled: false } })))).not.toContain('join-burst');
  });

  it('uses the host-set thresholds', () => {
    const three = [join(1000, 'a'), join(1100, 'b'), join(1200, 'c')];
    expect(kinds(run([opening, ...three], rulePolicy({ joinBurst: { joins: 3, windowSeconds: 1 } })))).toContain(
      'join-burst',
    );
  });
});

describe('share tripwire', () => {
  const share = (at: number, id: string): MeetingEvent => ({ kind: 'share-started', at, participantId: id });

  it('a non-host sharing within 2 minutes of joining', () => {
    const alert = run([opening, join(1000, 'x'), share(60_000, 'x')]).alerts.at(-1)!;
    expect(alert).toMatchObject({ kind: 'fresh-joiner-sharing', participantId: 'x', values: { seconds: 59 } });
    expect(kinds(run([opening, join(1000, 'x'), share(130_000, 'x')])).at(-1)).toBe('share-started');
  });

  it('not for someone already there when Hostguard first read the roster', () => {
    expect(kinds(run([opening, share(1000, 'ann')])).at(-1)).toBe('share-started');
  });

  it('a sharer not on the expected list, and a flagged sharer', () => {
    const expected = rulePolicy({ expectedAttendees: { names: ['Ann Lee', 'Paul Martin'] } });
    const late = run([opening, join(1000, 'x', 'Zed'), share(200_000, 'x')], expected);
    expect(kinds(late).at(-1)).toBe('unexpected-sharer');
    const flagged = run([opening, join(1000, 'x', 'badword'), share(200_000, 'x')]);
    expect(kinds(flagged).at(-1)).toBe('flagged-sharer');
  });

  it('never for a host or co-host, and not when switched off', () => {
    const cohost: MeetingEvent = { kind: 'joined', at: 1000, participant: person('c', 'Co', 'cohost') };
    expect(kinds(run([opening, cohost, share(2000, 'c')])).at(-1)).toBe('share-started');
    const off = rulePolicy({ shareTripwire: { enabled: false } });
    expect(kinds(run([opening, join(1000, 'x'), share(2000, 'x')], off)).at(-1)).toBe('share-started');
  });
});

describe('hostile names and chat', () => {
  it('alerts and marks a hostile joiner, a hostile rename, and hostile chat; removes no one', () => {
    const session = run([
      opening,
      join(1000, 'x', 'badword'),
      { kind: 'renamed', at: 2000, participantId: 'ann', from: 'Ann Lee', to: 'heil' },
      { kind: 'chat', at: 3000, messageId: 'm', participantId: 'x', name: 'badword', text: 'heil' },
    ]);
    expect(session.alerts.filter((a) => a.kind === 'hostile-name').map((a) => a.participantId)).toEqual(['x', 'ann']);
    expect(session.alerts.find((a) => a.kind === 'hostile-chat')?.values).toEqual({
      category: 'hate',
      term: 'heil hitler',
    });
    expect(session.participants.x!.marks?.flagged?.alertKind).toBe('hostile-name');
    expect(session.participants.ann!.marks?.flagged).toBeDefined();
    expect(session.participants.x!.present).toBe(true);
    expect(session.actions).toEqual([]);
  });

  it('a resync of the same roster raises nothing new', () => {
    const first = run([opening, join(1000, 'x', 'badword')]);
    const resync: MeetingEvent = {
      kind: 'roster',
      at: 5000,
      participants: Object.values(first.participants).map(({ id, name, role, self, sharing }) => ({
        id,
        name,
        role,
        self,
        sharing,
      })),
    };
    expect(run([resync], rulePolicy(), first).alerts.length).toBe(first.alerts.length);
  });

  it('can be switched off for names or chat separately', () => {
    const names = rulePolicy({ hostileText: { names: false } });
    expect(kinds(run([opening, join(1000, 'x', 'badword')], names))).not.toContain('hostile-name');
    const chat = rulePolicy({ hostileText: { chat: false } });
    const said: MeetingEvent = { kind: 'chat', at: 2000, messageId: 'm', name: 'x', text: 'badword' };
    expect(kinds(run([opening, said], chat))).not.toContain('hostile-chat');
  });
});

describe('impersonation', () => {
  it("a look-alike of the host's name (Cyrillic letters), and the host's exact name on another row", () => {
    const cyrillic = run([opening, join(1000, 'x', 'Раul Маrtin')]);
    expect(cyrillic.alerts.find((a) => a.kind === 'impersonation')).toMatchObject({
      participantId: 'x',
      severity: 'critical',
      values: { lookalike: 'Paul Martin' },
    });
    expect(cyrillic.participants.x!.marks?.impersonating).toBeDefined();
    expect(kinds(run([opening, join(1000, 'x', 'Paul Martin')]))).toContain('impersonation');
    expect(kinds(run([opening, join(1000, 'x', 'PauI Martin')]))).toContain('impersonation');
  });

  it("a look-alike of another participant, but not a plain namesake or someone else's name", () => {
    expect(kinds(run([opening, join(1000, 'x', 'Аnn Lee')]))).toContain('impersonation');
    expect(kinds(run([opening, join(1000, 'x', 'Ann Lee')]))).not.toContain('impersonation');
    expect(kinds(run([opening, join(1000, 'x', 'Anna Leeds')]))).not.toContain('impersonation');
  });

  it('zero-width and text-direction characters', () => {
    expect(kinds(run([opening, join(1000, 'x', 'Ann\u200B')]))).toContain('hidden-characters');
    expect(kinds(run([opening, join(1000, 'y', '\u202Enitram luap')]))).toContain('hidden-characters');
    expect(kinds(run([opening, join(1000, 'z', 'Zoë 👩‍👩‍👧')]))).not.toContain('hidden-characters');
  });

  it('is off when switched off', () => {
    const off = rulePolicy({ impersonation: { enabled: false } });
    expect(kinds(run([opening, join(1000, 'x', 'Раul Маrtin')], off))).not.toContain('impersonation');
  });
});

describe('rejoin and expected attendees', () => {
  it('someone removed comes back under a look-alike name', () => {
    const removed = run([opening, join(1000, 'x', 'Troll'), { kind: 'left', at: 2000, participantId: 'x' }]);
    removed.participants.x = { ...removed.participants.x!, removedAt: 2000 };
    const back = run([join(3000, 'x2', 'Tr0ll'.replace('0', 'о'))], rulePolicy(), removed);
    expect(back.alerts.at(-1)?.kind).toBe('rejoin-after-removal');
    expect(back.participants.x2!.marks?.rejoined).toBeDefined();
  });

  it('marks joiners not on the list, in any word order or with a device suffix', () => {
    const policy = rulePolicy({ expectedAttendees: { names: ['Lee, Ann', 'MARTIN Paul', 'Zoë Durand'] } });
    const session = run(
      [opening, join(1000, 'a', 'Ann Lee'), join(2000, 'z', 'Zoe Durand - iPhone'), join(3000, 'u', 'Unknown Guy')],
      policy,
    );
    expect(session.alerts.filter((a) => a.kind === 'unexpected-joiner').map((a) => a.participantId)).toEqual(['u']);
    expect(session.participants.u!.marks?.unknown).toBeDefined();
    expect(kinds(run([opening, join(1000, 'u', 'Unknown')]))).not.toContain('unexpected-joiner');
  });
});
