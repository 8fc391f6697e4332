import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MAX_FRAME_CHARS, classifyRequest, imageCheckSchemas, isForImageCheck, statusRequest } from './messages';

const JPEG = `data:image/jpeg;base64,${btoa('\xff\xd8\xff\xe0 not really a jpeg')}`;
const { request, classifyReply, frame } = imageCheckSchemas();

describe('image check requests', () => {
  it('accepts the two requests the background sends', () => {
    expect(v.safeParse(request, classifyRequest(JPEG)).success).toBe(true);
    expect(v.safeParse(request, statusRequest()).success).toBe(true);
  });

  it('accepts only a JPEG data URL of bounded size as a frame', () => {
    expect(v.safeParse(frame, JPEG).success).toBe(true);
    expect(v.safeParse(frame, 'https://evil.example/frame.jpg').success).toBe(false);
    expect(v.safeParse(frame, 'data:image/svg+xml;base64,PHN2Zz4=').success).toBe(false);
    expect(v.safeParse(frame, `data:image/jpeg;base64,${'A'.repeat(MAX_FRAME_CHARS)}`).success).toBe(false);
  });

  it('rejects unknown keys, other versions and other types', () => {
    expect(v.safeParse(request, { ...classifyRequest(JPEG), extra: 1 }).success).toBe(false);
    expect(v.safeParse(request, { ...statusRequest(), v: 2 }).success).toBe(false);
    expect(v.safeParse(request, { ...statusRequest(), type: 'bg-offscreen/eval' }).success).toBe(false);
  });

  it('tells messages for the image check from the meeting protocol', () => {
    expect(isForImageCheck(statusRequest())).toBe(true);
    expect(isForImageCheck({ type: 'content-bg/hello', v: 1 })).toBe(false);
    expect(isForImageCheck(null)).toBe(false);
  });
});

describe('classify replies', () => {
  const scores = { Drawing: 0.1, Hentai: 0, Neutral: 0.9, Porn: 0, Sexy: 0 };

  it('accepts a verdict and a failure', () => {
    expect(v.safeParse(classifyReply, { ok: true, verdict: { explicit: false, scores, ms: 40 } }).success).toBe(true);
    expect(v.safeParse(classifyReply, { ok: false, reason: 'model failed' }).success).toBe(true);
  });

  it('rejects missing classes and probabilities out of range', () => {
    const { Sexy: _dropped, ...four } = scores;
    expect(v.safeParse(classifyReply, { ok: true, verdict: { explicit: false, scores: four, ms: 1 } }).success).toBe(
      false,
    );
    const over = { ...scores, Porn: 1.5 };
    expect(v.safeParse(classifyReply, { ok: true, verdict: { explicit: true, scores: over, ms: 1 } }).success).toBe(
      false,
    );
  });
});
