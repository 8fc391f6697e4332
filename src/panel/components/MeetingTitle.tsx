import type { MeetingSession } from '../../shared/model/session';
import { platformName } from '../labels';
import { DisplayName } from './DisplayName';

/** Which meeting the panel acts on: its (page-supplied, so untrusted) title and platform. */
export function MeetingTitle({ session }: { session: MeetingSession }) {
  return (
    <p class="meeting-title" data-testid="meeting-title">
      <DisplayName raw={session.title || platformName(session.platform)} class="meeting-name" />
      <span class="platform">{platformName(session.platform)}</span>
    </p>
  );
}
