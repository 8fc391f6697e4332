import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION,
  EVIDENCE_STATUS_MEETINGS,
  asEvidenceStatus,
  asEvidenceStatuses,
  asRetention,
  type EvidenceStatus,
} from './evidence';

const status = (meetingId: string, updatedAt = 1): EvidenceStatus => ({
  meetingId,
  tabId: 3,
  armed: false,
  source: 'share',
  reason: 'no-permission',
  frames: 4,
  bytes: 1_000,
  oldestAt: 10,
  capped: 'frames',
  updatedAt,
});

describe('asEvidenceStatus', () => {
  it('keeps a well-formed status and drops unknown fields', () => {
    expect(asEvidenceStatus({ ...status('m'), extra: '<script>' })).toEqual(status('m'));
  });

  it('rejects malformed values and drops unknown reasons', () => {
    for (const bad of [
      null,
      'x',
      [],
      { ...status('m'), source: 'camera' },
      { ...status('m'), frames: -1 },
      { ...status(''), tabId: 1 },
    ]) {
      expect(asEvidenceStatus(bad)).toBeUndefined();
    }
    expect(asEvidenceStatus({ ...status('m'), reason: 'bored', capped: 'x' })).toEqual({
      meetingId: 'm',
      tabId: 3,
      armed: false,
      source: 'share',
      frames: 4,
      bytes: 1_000,
      oldestAt: 10,
      updatedAt: 1,
    });
  });

  it('keeps the map bounded to the most recently updated meetings, each under its own id', () => {
    const many = Object.fromEntries(
      Array.from({ length: EVIDENCE_STATUS_MEETINGS + 5 }, (_, n) => [`m${n}`, status(`m${n}`, n)]),
    );
    const kept = asEvidenceStatuses({ ...many, wrong: status('other') });
    expect(Object.keys(kept)).toHaveLength(EVIDENCE_STATUS_MEETINGS);
    expect(kept.m0).toBeUndefined();
    expect(kept[`m${EVIDENCE_STATUS_MEETINGS + 4}`]).toBeDefined();
    expect(kept.wrong).toBeUndefined();
  });
});

describe('asRetention', () => {
  it('defaults to 30 days, no purge after export, and bounds days to 1..365', () => {
    expect(asRetention(undefined)).toEqual(DEFAULT_RETENTION);
    expect(asRetention({ days: 0, purgeAfterExport: true })).toEqual({ days: 1, purgeAfterExport: true });
    expect(asRetention({ days: 10_000, purgeAfterExport: 'yes' })).toEqual({ days: 365, purgeAfterExport: false });
    expect(asRetention({ days: 7.4 })).toEqual({ days: 7, purgeAfterExport: false });
    expect(asRetention({ days: Number.NaN })).toEqual(DEFAULT_RETENTION);
  });
});
