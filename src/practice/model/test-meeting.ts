import { createPracticeLog } from '../log';
import { BASE_ROSTER } from '../names';
import { hostControls } from './host';
import { createMeetingCore } from './meeting';
import { remoteParticipants } from './remote';

/** A meeting without UI, for model and scenario tests. */
export function testMeeting() {
  const log = createPracticeLog();
  const core = createMeetingCore(log, BASE_ROSTER);
  const types = () => log.entries().map((entry) => entry.type);
  return { log, core, remote: remoteParticipants(core), host: hostControls(core), types };
}
