import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../shared/model/meeting-event';
import { LIMITS } from '../shared/protocol/limits';
import { MeetingEventSchema } from '../shared/protocol/schemas';
import { adapterId, clampEvent } from './clamp-event';

const huge = 'Ж'.repeat(17_000);
const person = (id: string, name = huge) => ({ id, name, role: 'participant' as const, self: false, sharing: false });

describe('clampEvent: every field within the schema, once, in the bridge', () => {
  const events: MeetingEvent[] = [
    { kind: 'roster', at: 1, participants: [person('a'), person('b'.repeat(400))] },
    { kind: 'joined', at: 2, participant: person('c') },
    { kind: 'renamed', at: 3, participantId: 'c', from: huge, to: `${huge}!` },
    { kind: 'chat', at: 4, messageId: 'm'.repeat(300), participantId: 'c', name: huge, text: huge },
    { kind: 'left', at: 5, participantId: 'x'.repeat(1_000) },
  ];

  it.each(events.map((event) => [event.kind, event] as const))('a hostile %s passes the schema', (_kind, event) => {
    const clamped = clampEvent(event);
    expect(v.safeParse(MeetingEventSchema, clamped).success).toBe(true);
    expect(JSON.stringify(clamped).length).toBeLessThan(3 * LIMITS.name + 2_000);
  });

  it('a join burst of 17,000-character names stays one valid batch', () => {
    const burst = Array.from({ length: 200 }, (_, i) =>
      clampEvent({ kind: 'joined', at: i, participant: person(`j${i}`) }),
    );
    expect(burst.every((event) => v.safeParse(MeetingEventSchema, event).success)).toBe(true);
    expect(burst[0]).toMatchObject({ participant: { name: huge.slice(0, LIMITS.name) } });
  });

  it('keeps two long name-derived ids apart, and the same id stable, within the schema', () => {
    const long = (tail: string) => `name:${'A'.repeat(20_000)}${tail}`;
    const one = clampEvent({ kind: 'left', at: 1, participantId: long('1') });
    const two = clampEvent({ kind: 'left', at: 1, participantId: long('2') });
    const again = clampEvent({ kind: 'share-started', at: 2, participantId: long('1') });
    const idOf = (event: MeetingEvent) => ('participantId' in event ? (event.participantId ?? '') : '');
    expect(idOf(one)).not.toBe(idOf(two));
    expect(idOf(again)).toBe(idOf(one));
    expect(idOf(one).length).toBeLessThanOrEqual(LIMITS.id);
    // An action the background sends back about that participant reaches the adapter's own id.
    expect(adapterId(idOf(two))).toBe(long('2'));
    expect(adapterId('ordinary')).toBe('ordinary');
  });

  it('leaves ordinary events as they are', () => {
    const event: MeetingEvent = { kind: 'joined', at: 1, participant: person('a', 'Ana Souza') };
    expect(clampEvent(event)).toEqual(event);
  });
});
