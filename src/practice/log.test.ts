import { describe, expect, it } from 'vitest';
import { createPracticeLog, exposeLog } from './log';

describe('practice log', () => {
  it('times entries on the performance clock and notifies subscribers in order', () => {
    const log = createPracticeLog();
    const seen: string[] = [];
    const unsubscribe = log.subscribe((entry) => seen.push(entry.type));
    const before = performance.timeOrigin + performance.now();
    const entry = log.record('joined', { participantId: 'p9', name: 'Nine' });
    unsubscribe();
    log.record('left');
    expect(entry.t).toBeGreaterThanOrEqual(before);
    expect(seen).toEqual(['joined']);
  });

  it('window.__practiceLog is a frozen copy: page scripts cannot rewrite it', () => {
    const log = createPracticeLog();
    const unexpose = exposeLog(log, window);
    log.record('joined', { name: 'A' });
    const view = window.__practiceLog!;
    expect(Object.isFrozen(view)).toBe(true);
    expect(Object.isFrozen(view[0])).toBe(true);
    expect(() => (view as unknown[]).push({})).toThrow();
    expect(log.entries()).toHaveLength(1);
    unexpose();
    expect(window.__practiceLog).toBeUndefined();
  });
});
