// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetingEvent } from '../../shared/model/meeting-event';
import { createFrameSampler, type FrameSampler } from './frame-sampler';

let sampler: FrameSampler | undefined;
afterEach(() => {
  sampler?.dispose();
  vi.useRealTimers();
});

const roster: MeetingEvent = {
  kind: 'roster',
  at: 0,
  participants: [
    { id: 'h', name: 'Host', role: 'host', self: true, sharing: false },
    { id: 'x', name: 'X', role: 'participant', self: false, sharing: false },
  ],
};

function setup(grab: () => string | null = () => 'data:image/jpeg;base64,AAAA') {
  vi.useFakeTimers();
  const sent: string[] = [];
  let release: () => void = () => undefined;
  const surface = document.createElement('div');
  sampler = createFrameSampler({
    surface: () => surface,
    grab,
    send: (id) => {
      sent.push(id);
      return new Promise<void>((resolve) => (release = resolve));
    },
    everyMs: 1000,
  });
  sampler.observe(roster);
  return { sent, release: () => release() };
}

describe('frame sampler', () => {
  it("samples a participant's share, one frame in flight at a time, and stops with the share", async () => {
    const { sent, release } = setup();
    sampler!.observe({ kind: 'share-started', at: 1, participantId: 'x' });
    await vi.advanceTimersByTimeAsync(2500);
    expect(sent).toEqual(['x']);
    release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual(['x', 'x']);
    release();
    sampler!.observe({ kind: 'share-stopped', at: 2, participantId: 'x' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(2);
  });

  it("never samples a host's share, nor when nothing can be drawn", async () => {
    const { sent } = setup();
    sampler!.observe({ kind: 'share-started', at: 1, participantId: 'h' });
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent).toEqual([]);
    sampler!.dispose();
    const blank = setup(() => null);
    sampler!.observe({ kind: 'share-started', at: 1, participantId: 'x' });
    await vi.advanceTimersByTimeAsync(3000);
    expect(blank.sent).toEqual([]);
  });
});
