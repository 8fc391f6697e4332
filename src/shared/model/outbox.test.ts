import { describe, expect, it } from 'vitest';
import { asOutboxSummary, OUTBOX_SUMMARY_LIMIT, type OutboxSummaryItem } from './outbox';

const item = (key: string): OutboxSummaryItem => ({
  key,
  meetingId: 'm1',
  meetingTitle: 'Weekly sync',
  platform: 'zoom',
  category: 'harassment',
  names: ['Mallory'],
  createdAt: 1,
  destinations: [
    {
      destination: 'endpoint',
      state: 'queued',
      attempts: 0,
      reason: 'no report endpoint is set',
      reasonCode: 'no-destination',
    },
  ],
});

describe('outbox summary sanitiser', () => {
  it('keeps valid items and drops malformed ones one by one', () => {
    const bad = [
      { ...item('b1'), platform: 'skype' },
      { ...item('b2'), destinations: [{ destination: 'fax', state: 'queued', attempts: 0 }] },
      { ...item('b3'), names: ['1', '2', '3', '4', '5', '6'] },
      'junk',
    ];
    expect(asOutboxSummary([item('a'), ...bad, item('c')]).map((i) => i.key)).toEqual(['a', 'c']);
  });

  it('is bounded, and anything not an array is empty', () => {
    const many = Array.from({ length: OUTBOX_SUMMARY_LIMIT + 20 }, (_, i) => item(`k${i}`));
    expect(asOutboxSummary(many)).toHaveLength(OUTBOX_SUMMARY_LIMIT);
    expect(asOutboxSummary({ 0: item('a') })).toEqual([]);
    expect(asOutboxSummary(undefined)).toEqual([]);
  });
});
