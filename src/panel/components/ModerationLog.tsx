import { useState } from 'preact/hooks';
import type { MeetingSession } from '../../shared/model/session';
import { t } from '../i18n';
import '../styles/moderation-log.css';
import { ModerationLogBody } from './ModerationLogBody';

/**
 * What was done in this meeting, by whom and why (Santa Clara Principles: notice and numbers),
 * with CSV and JSON exports. Collapsed by default: during a raid the controls above come first,
 * and nothing is built from the session until the host opens it.
 */
export function ModerationLog({ session }: { session: MeetingSession }) {
  const [open, setOpen] = useState(false);
  return (
    <section class="modlog" aria-labelledby="modlog-heading" data-testid="moderation-log">
      <h2 id="modlog-heading" class="modlog-heading">
        <button
          type="button"
          class="modlog-toggle"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="modlog-body"
          onClick={() => setOpen(!open)}
        >
          {t('log_heading')} <span class="badge">{session.actions.length}</span>
        </button>
      </h2>
      <p class="modlog-retention">{t('log_retention')}</p>
      <div id="modlog-body" class="modlog-body" hidden={!open}>
        {open && <ModerationLogBody session={session} />}
      </div>
    </section>
  );
}
