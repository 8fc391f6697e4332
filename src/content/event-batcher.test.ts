import { expect, it } from 'vitest';
import { createEventBatcher } from './event-batcher';
import type { MeetingEvent } from '../shared/model/meeting-event';
import { LIMITS } from '../shared/protocol/limits';

const left = (i: number): MeetingEvent => ({ kind: 'left', at: i, participantId: `p${i}` });

it('turns a synchronous burst into one message per microtask, in order', async () => {
  const sent: MeetingEvent[][] = [];
  const batcher = createEventBatcher(async (events) => void sent.push(events));
  for (let i = 0; i < 5; i++) batcher.push(left(i));
  await batcher.drained();
  expect(sent).toEqual([[0, 1, 2, 3, 4].map(left)]);
});

it('never sends more than the protocol allows in one message', async () => {
  const sent: MeetingEvent[][] = [];
  const batcher = createEventBatcher(async (events) => void sent.push(events));
  for (let i = 0; i < LIMITS.eventsPerBatch + 3; i++) batcher.push(left(i));
  await batcher.drained();
  expect(sent.map((batch) => batch.length)).toEqual([LIMITS.eventsPerBatch, 3]);
});

it('keeps order across a slow send, and a failed send does not stop later ones', async () => {
  const sent: number[] = [];
  let calls = 0;
  const batcher = createEventBatcher(async (events) => {
    calls++;
    if (calls === 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new Error('background restarting');
    }
    sent.push(...events.map((e) => e.at));
  });
  batcher.push(left(1));
  await Promise.resolve();
  batcher.push(left(2));
  batcher.sendInOrder(async () => void sent.push(99));
  await batcher.drained();
  expect(sent).toEqual([2, 99]);
});
