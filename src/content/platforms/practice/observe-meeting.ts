import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { observeMeeting } from '../../kit/observe-meeting';
import { createReportTracker } from './observe-report';
import { practiceSources } from './sources';

/** The practice meeting on the kit's observer, plus its report dialog. */
export function observePractice(doc: Document, emit: (event: MeetingEvent) => void, signal: AbortSignal): void {
  observeMeeting(doc, practiceSources(createReportTracker(emit)), emit, signal);
}
