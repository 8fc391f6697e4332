import { classifyFrame, isExplicit, type ImageVerdict } from '../image-check';
import { explicitScore } from '../image-check/verdict';
import type { Ack } from '../../shared/protocol/messages';
import { getSession, updateSession } from '../session/session-store';
import { appendAlerts } from '../session/append-alerts';
import { recentAlert } from '../rules/rule';
import { offerShareFrame } from '../evidence/capture-share';

/** Samples kept per share: the rule needs two in a row. */
const KEEP = 4;
/** After an alert, the same share is not reported again for this long. */
const QUIET_MS = 60_000;
const history = new Map<string, ImageVerdict[]>();

/**
 * One sampled frame of a non-host share, judged on the device. Two confident explicit frames
 * in a row make an `explicit-image` tripwire alert: safe view keeps the share hidden and, in
 * Shield mode, the share is stopped (both subscribe to the alert, like any other tripwire).
 */
export async function judgeFrame(tabId: number, pageId: string, participantId: string, frame: string): Promise<Ack> {
  const session = await getSession(tabId);
  if (!session || session.pageId !== pageId) return { ok: false, reason: 'hello-needed' };
  const who = session.participants[participantId];
  if (!who?.sharing) return { ok: true };
  // The same frame is evidence when tab screenshots are not coming (capture-share.ts decides).
  void offerShareFrame(tabId, session.id, frame, Date.now());
  let verdict: ImageVerdict;
  try {
    verdict = await classifyFrame(frame);
  } catch (error) {
    console.warn('Hostguard: the image check failed', error);
    return { ok: false, reason: 'image-check-failed' };
  }
  const key = `${session.id}:${participantId}:${who.sharingSince ?? 0}`;
  const samples = [...(history.get(key) ?? []), verdict].slice(-KEEP);
  history.set(key, samples);
  if (!isExplicit(samples)) return { ok: true };
  const score = Math.round(explicitScore(verdict.scores) * 100);
  await updateSession(tabId, (current) => {
    if (!current || recentAlert(current, 'explicit-image', Date.now(), QUIET_MS, participantId)) return undefined;
    const alert = {
      id: crypto.randomUUID(),
      at: Date.now(),
      kind: 'explicit-image' as const,
      severity: 'critical' as const,
      participantId,
      name: who.name,
      values: { score },
    };
    return { ...current, alerts: appendAlerts(current.alerts, [alert]), updatedAt: Date.now() };
  });
  return { ok: true };
}
