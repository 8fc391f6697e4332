import type { MeetingSession } from '../../shared/model/session';
import { ActionResults } from './ActionResults';
import { AlertTimeline } from './AlertTimeline';
import { MeetingStatus } from './MeetingStatus';
import { ModerationLog } from './ModerationLog';
import { PanicControls } from './PanicControls';
import { Roster } from './Roster';

/** One meeting below the sticky header, in the order a host in a raid needs it. */
export function MeetingView({ session }: { session: MeetingSession }) {
  return (
    <>
      <PanicControls session={session} />
      <MeetingStatus session={session} />
      <Roster session={session} />
      <AlertTimeline session={session} />
      <ActionResults session={session} />
      <ModerationLog session={session} />
    </>
  );
}
