import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { chainHead } from '../../shared/report-wire/chain';
import { WireReportSchema } from '../../shared/report-wire/schema';
import { memorySession } from '../test-support/session';
import { participant } from '../test-support/participant';
import { composeReport } from './compose-report';
import { incidentDraft } from './incident-draft';

const hostile = 'Ad\u202emin <script>alert(1)</script>\u200b';
const session = memorySession({
  id: 'meeting-42',
  title: 'Holocaust remembrance',
  participants: {
    r1: participant('r1', { name: hostile, joinedAt: 1_000 }),
    r2: participant('r2', { name: 'Second', joinedAt: 1_100 }),
    host: participant('host', { name: 'Host', role: 'host', self: true }),
  },
  alerts: [
    { id: 'a0', at: 500, kind: 'joined', severity: 'info', participantId: 'host' },
    {
      id: 'a1',
      at: 20_000,
      kind: 'join-burst',
      severity: 'critical',
      participantIds: ['r1', 'r2'],
      values: { count: 2 },
    },
    {
      id: 'a2',
      at: 21_000,
      kind: 'hostile-name',
      severity: 'critical',
      participantId: 'r1',
      values: { category: 'hate', term: 'x' },
    },
  ],
});

describe('incidentDraft (the file-report shortcut)', () => {
  it('takes the current incident’s people and strongest category, from 10 s before it until now', () => {
    const draft = incidentDraft(session, 30_000)!;
    expect(draft).toEqual({
      category: 'hate',
      participantIds: ['r1', 'r2'],
      window: { from: 10_000, to: 30_000 },
      note: '',
      platformReport: false,
    });
  });

  it('is undefined in a quiet meeting, and a quiet gap of 5 minutes starts a new incident', () => {
    expect(incidentDraft(memorySession(), 1)).toBeUndefined();
    const later = {
      ...session,
      alerts: [
        ...session.alerts,
        { id: 'a3', at: 400_000, kind: 'chat-flood' as const, severity: 'warning' as const, participantId: 'r2' },
      ],
    };
    expect(incidentDraft(later, 401_000)).toMatchObject({
      category: 'spam',
      participantIds: ['r2'],
      window: { from: 390_000 },
    });
  });
});

describe('composeReport', () => {
  it('is a valid hostguard.report/1 report with raw names, only what is in the window, and the chain', async () => {
    const entries = [
      {
        seq: 0,
        kind: 'roster' as const,
        capturedAt: 20_500,
        mediaType: 'application/json' as const,
        size: 10,
        sha256: 'a'.repeat(64),
      },
    ];
    const head = await chainHead('meeting-42', entries);
    const draft = incidentDraft(session, 30_000)!;
    const report = composeReport(
      session,
      draft,
      { entries: entries.map((e) => ({ ...e, attached: true })), chainHead: head },
      { version: '0.1.0', browser: 'chrome' },
      crypto.randomUUID(),
      30_000,
    );
    expect(v.safeParse(WireReportSchema, report).success).toBe(true);
    expect(report.participants.map((p) => p.name)).toEqual([hostile, 'Second']);
    expect(report.alerts.map((a) => a.kind)).toEqual(['join-burst', 'hostile-name']);
    expect(report.alerts[1]!.reason).toBe('hostile name; category: hate; term: x');
    expect(report.meeting).toEqual({ id: 'meeting-42', platform: 'practice', title: 'Holocaust remembrance' });
    expect(report.evidence.chainHead).toBe(head);
  });

  it('leaves out people the session no longer knows rather than inventing names', () => {
    const report = composeReport(
      session,
      { category: 'spam', participantIds: ['gone', 'r2'], window: { from: 0, to: 1 }, note: '', platformReport: false },
      { entries: [], chainHead: 'b'.repeat(64) },
      { version: '0.1.0', browser: 'firefox' },
      crypto.randomUUID(),
      1,
    );
    expect(report.participants.map((p) => p.id)).toEqual(['r2']);
  });
});
