import type { MeetingSession } from '../../shared/model/session';
import { t } from '../i18n';
import { unavailableText } from '../labels';
import { actionAvailable } from '../selectors';
import { MeetingActionButton } from './MeetingActionButton';
import { RaidSweepButton } from './RaidSweepButton';
import { RestoreButton } from './RestoreButton';
import { ShieldToggle } from './ShieldToggle';

/**
 * Meeting-wide containment below the sticky PANIC button: what PANIC does (its description),
 * then its single steps, the raid sweep while a raid is recent, Restore, then Shield mode.
 */
export function PanicControls({ session }: { session: MeetingSession }) {
  return (
    <section class="controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading" class="visually-hidden">
        {t('controls_heading')}
      </h2>
      <p id="panic-what" class="hint">
        {t('panic_what')}
      </p>
      {!actionAvailable(session, 'panic') && (
        <p id="panic-unavailable" class="unavailable-note">
          {unavailableText('panic', session)}
        </p>
      )}
      <div class="controls-row">
        <MeetingActionButton session={session} command={{ kind: 'stop-shares' }} />
        <MeetingActionButton session={session} command={{ kind: 'lock' }} />
      </div>
      <RaidSweepButton session={session} />
      <RestoreButton session={session} />
      <ShieldToggle session={session} />
    </section>
  );
}
