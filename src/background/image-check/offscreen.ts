/**
 * Entry of Chrome's offscreen document. It answers the background only: sender policy first
 * (our own extension context, never a tab), then the schema, then the classifier.
 */
import * as v from 'valibot';
import { browser, selfIdentity, type Runtime } from '../../shared/platform/browser';
import { classifySender } from '../../shared/protocol/sender';
import { classifierStatus, classifyFrame } from './classifier';
import { watchCspViolations } from './csp-watch';
import { imageCheckSchemas, isForImageCheck, type ClassifyReply, type StatusReply } from './messages';

watchCspViolations();

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Every extension page hears runtime messages: leave the meeting protocol to its receivers.
  if (!isForImageCheck(raw)) return undefined;
  return answer(raw, sender);
});

async function answer(raw: unknown, sender: Runtime.MessageSender): Promise<ClassifyReply | StatusReply> {
  if (classifySender(sender, selfIdentity()).kind !== 'extension-page')
    return { ok: false, reason: 'sender not allowed' };
  const parsed = v.safeParse(imageCheckSchemas().request, raw);
  if (!parsed.success) return { ok: false, reason: `invalid request: ${v.summarize(parsed.issues).slice(0, 200)}` };
  const request = parsed.output;
  if (request.type === 'bg-offscreen/status') return { ok: true, status: await classifierStatus() };
  try {
    return { ok: true, verdict: await classifyFrame(request.frame) };
  } catch (error) {
    return { ok: false, reason: String(error).slice(0, 300) };
  }
}
