import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImageScores } from '../image-check/verdict';
import { getSession, __forgetCacheForTests } from '../session/session-store';
import { seedSession } from '../test-support/fake-meeting';
import { participant } from '../test-support/participant';
import { judgeFrame } from './explicit-image';

const scores = { current: { Drawing: 0.01, Hentai: 0.02, Neutral: 0.95, Porn: 0.01, Sexy: 0.01 } as ImageScores };
vi.mock('../image-check', async (original) => ({
  ...(await original<typeof import('../image-check')>()),
  classifyFrame: vi.fn(async () => ({ explicit: false, scores: scores.current, ms: 50 })),
}));

const FRAME = 'data:image/jpeg;base64,AAAA';
const explicit: ImageScores = { Drawing: 0.01, Hentai: 0.05, Neutral: 0.04, Porn: 0.85, Sexy: 0.05 };
const neutral: ImageScores = { Drawing: 0.01, Hentai: 0.02, Neutral: 0.95, Porn: 0.01, Sexy: 0.01 };
const kinds = async () => (await getSession(7))!.alerts.map((a) => a.kind);

beforeEach(async () => {
  __forgetCacheForTests();
  await seedSession({ participants: { x: participant('x', { sharing: true, sharingSince: 5 }) } });
});

describe('the on-device image check as a tripwire', () => {
  it('two confident explicit frames in a row raise one explicit-image alert about the sharer', async () => {
    scores.current = explicit;
    await judgeFrame(7, 'page-1', 'x', FRAME);
    expect(await kinds()).toEqual([]);
    await judgeFrame(7, 'page-1', 'x', FRAME);
    await judgeFrame(7, 'page-1', 'x', FRAME);
    const alerts = (await getSession(7))!.alerts;
    expect(alerts.map((a) => [a.kind, a.participantId, a.severity, a.values?.score])).toEqual([
      ['explicit-image', 'x', 'critical', 95],
    ]);
  });

  it('neutral frames, or one explicit frame between neutral ones, raise nothing', async () => {
    for (const s of [neutral, explicit, neutral, neutral]) {
      scores.current = s;
      await judgeFrame(7, 'page-1', 'x', FRAME);
    }
    expect(await kinds()).toEqual([]);
  });

  it('ignores frames from another page load or of someone who stopped sharing', async () => {
    scores.current = explicit;
    expect(await judgeFrame(7, 'old-page', 'x', FRAME)).toEqual({ ok: false, reason: 'hello-needed' });
    await seedSession({ participants: { x: participant('x', { sharing: false }) } });
    __forgetCacheForTests();
    await judgeFrame(7, 'page-1', 'x', FRAME);
    await judgeFrame(7, 'page-1', 'x', FRAME);
    expect(await kinds()).toEqual([]);
  });
});
