import type { HostCommand } from '../../shared/actions';
import { orderedSettingKeys } from '../../shared/model/settings';
import type { MeetingSession } from '../../shared/model/session';
import { formatTime, t } from '../i18n';
import { actionLabel, settingLabel, unavailableText } from '../labels';
import { actionAvailable, canRestore, isPending } from '../selectors';
import { usePanel, usePanelStore } from '../use-panel';
import { ActionButton } from './ActionButton';

const RESTORE: HostCommand = { kind: 'restore' };

/** Puts back exactly the settings panic saved, and says which before the host presses it. */
export function RestoreButton({ session }: { session: MeetingSession }) {
  const store = usePanelStore();
  const pending = usePanel((s) => isPending(s, session.tabId, RESTORE));
  const supported = actionAvailable(session, 'restore');
  const restorable = canRestore(session);
  const snapshot = session.panic?.snapshot ?? {};
  const describedBy = supported ? 'restore-what' : 'restore-what restore-unavailable';
  return (
    <div class="restore">
      <ActionButton
        class="restore-button"
        testId="restore-button"
        available={supported && restorable}
        pending={pending}
        describedBy={describedBy}
        onActivate={() => void store.getState().send(session.tabId, RESTORE)}
      >
        {actionLabel('restore')}
      </ActionButton>
      <div id="restore-what" class="hint">
        {restorable ? (
          <>
            <p>{t('restore_will')}</p>
            <ul class="restore-list" data-testid="restore-list">
              {orderedSettingKeys(snapshot).map((key) => (
                <li key={key}>{settingLabel(key, snapshot[key]!)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            {session.panic?.restoredAt !== undefined
              ? t('restore_done', formatTime(session.panic.restoredAt))
              : t('restore_nothing')}
          </p>
        )}
      </div>
      {!supported && (
        <p id="restore-unavailable" class="unavailable-note">
          {unavailableText('restore', session)}
        </p>
      )}
    </div>
  );
}
