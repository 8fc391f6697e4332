import type { MeetingSession } from '../../shared/model/session';
import { formatTime, t } from '../i18n';
import { platformName } from '../labels';
import { HealthStatus } from './HealthStatus';
import { MeetingPicker } from './MeetingPicker';

/** The meeting picker, whether Hostguard can see the meeting's controls, and whether the page misbehaves. */
export function MeetingStatus({ session }: { session: MeetingSession }) {
  return (
    <div class="meeting" data-testid="meeting-status">
      <MeetingPicker />
      {session.endedAt !== undefined && (
        <p class="meeting-ended" role="status" data-testid="meeting-ended">
          {t('meeting_ended', formatTime(session.endedAt))}
        </p>
      )}
      <HealthStatus health={session.health} platform={session.platform} />
      {!session.language.readable && (
        <p class="language-warning" role="alert" data-testid="language-warning">
          {t('language_unreadable', [session.language.tag, platformName(session.platform)])}
        </p>
      )}
      {session.settings.locked !== undefined && (
        <p class="meeting-state" data-testid="lock-state">
          {session.settings.locked ? t('state_locked') : t('state_unlocked')}
        </p>
      )}
      {session.rejected > 0 && (
        <p class="rejected" data-testid="rejected-count">
          {t('rejected_count', session.rejected)}
        </p>
      )}
    </div>
  );
}
