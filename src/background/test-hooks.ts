import { allSessions } from './session/session-store';
import { onKeyboardCommand } from './keyboard';
import { classifyFrame, imageCheckStatus } from './image-check';
import { outboxRecords } from './outbox/start-outbox';
import { drainOutbox } from './outbox/drain';
import { fileReport } from './reports/file-report';
import { imageBytesHeld } from './evidence/child-safety';
import { meetingEvidence } from './evidence/evidence-store';
import type { ReportDraft } from '../shared/model/report-draft';

/**
 * Test builds only (`__TEST_HOOKS__`): lets e2e run a keyboard command where real key input cannot
 * reach the browser (Firefox over WebDriver BiDi), and read the outbox and evidence stores that
 * a host only sees through the panel. Store builds never contain this.
 */
export function installTestHooks(): void {
  (globalThis as { __hostguardTest?: unknown }).__hostguardTest = {
    command: (name: string) => onKeyboardCommand(name),
    sessions: () => allSessions(),
    // The image check on frames the e2e draws (the model loads on the first frame).
    classifyFrame: (jpegDataUrl: string) => classifyFrame(jpegDataUrl),
    imageCheckStatus: () => imageCheckStatus(),
    // Many reports at once, as the panel files them (the worker-kill test needs a full outbox).
    fileReport: (tabId: number, draft: ReportDraft) => fileReport(tabId, draft),
    outbox: () => outboxRecords(),
    drainOutbox: () => drainOutbox('retry'),
    imageBytesHeld: (meetingId: string) => imageBytesHeld(meetingId),
    evidence: (meetingId: string) => meetingEvidence(meetingId),
  };
}
