import type { Ack } from '../../shared/protocol/messages';
import { newRecord, recordSteps } from '../commands/record-step';
import { getSession } from '../session/session-store';
import { imageBytesHeld, withholdImages } from '../evidence/child-safety';

/**
 * The host marked content as sexual content involving minors: the meeting's frames are deleted
 * and capture stops. The log records what was read back afterwards: the image bytes still held.
 */
export async function withholdMeetingImages(tabId: number): Promise<Ack> {
  const session = await getSession(tabId);
  if (!session) return { ok: false, reason: 'this meeting is no longer open in Hostguard' };
  const started = Date.now();
  await withholdImages(session.id);
  const held = await imageBytesHeld(session.id);
  const ok = held === 0;
  const detail = ok
    ? 'every frame of this meeting deleted and capture stopped: metadata and hashes only'
    : `${held} bytes of images are still held`;
  const record = newRecord({ tabId, hostAction: 'report', origin: 'panel' }, 'images-withheld', {
    ok,
    ms: Date.now() - started,
    code: ok ? 'done' : 'not-verified',
    detail,
  });
  await recordSteps(tabId, [record]);
  return ok ? { ok: true } : { ok: false, reason: detail };
}
