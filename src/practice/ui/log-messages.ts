import type { PracticeLogEntry } from '../log';
import type { Segment } from './messages';

type Wording = readonly [kind: string, segments: Segment[]];

const who = (entry: PracticeLogEntry) => ({ name: entry.name ?? '' });

/** Toasts the host sees for meeting changes (the client's own wording). */
export function toastFor(entry: PracticeLogEntry): Wording | null {
  switch (entry.type) {
    case 'joined':
      return ['joined', [who(entry), ' joined']];
    case 'left':
      return ['left', [who(entry), ' left']];
    case 'renamed':
      return ['renamed', [{ name: entry.from ?? '' }, ' is now ', who(entry)]];
    case 'share-started':
      return ['share-started', [who(entry), ' started sharing']];
    case 'share-stopped':
      return ['share-stopped', [who(entry), ' stopped sharing']];
    case 'removed':
      return ['removed', [who(entry), ' was removed']];
    case 'muted-all':
      return ['muted-all', ['All participants are muted']];
    case 'report-submitted':
      // Exact wording matters: the adapter reads "Report sent" to know the host submitted.
      return ['report-sent', ['Report sent']];
    default:
      return null;
  }
}

/** Persistent notices in the header: what the meeting refused on the host's behalf. */
export function noticeFor(entry: PracticeLogEntry): Wording | null {
  if (entry.type === 'join-refused') {
    return entry.detail === 'blocked'
      ? ['rejoin-blocked', ['A removed participant tried to rejoin: blocked']]
      : ['join-locked', ['Join refused: meeting is locked']];
  }
  if (entry.type === 'share-refused') {
    return ['share-refused', ['Screen share refused for ', who(entry), ': participant sharing is off']];
  }
  return null;
}
