import type { MeetingSession } from '../../shared/model/session';
import { displayText } from '../../shared/text/display-name';
import { t } from '../i18n';
import { platformName } from '../labels';
import { selectedTabId, sessionsByRecency } from '../selectors';
import { usePanel, usePanelStore } from '../use-panel';

/** Only when several meetings are open: the host picks which one the panel acts on. */
export function MeetingPicker() {
  const store = usePanelStore();
  const sessions = usePanel((s) => s.sessions);
  const selected = usePanel(selectedTabId);
  const list = sessionsByRecency(sessions);
  if (list.length < 2) return null;
  return (
    <div class="picker">
      <label for="meeting-picker">{t('picker_label')}</label>
      <select
        id="meeting-picker"
        value={String(selected)}
        onChange={(e) => store.getState().pick(Number(e.currentTarget.value))}
      >
        {list.map((session) => (
          <option key={session.tabId} value={String(session.tabId)}>
            {optionText(session)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** `<option>` takes text only, so the title goes in as a capped plain string with markers. */
const optionText = (session: MeetingSession): string =>
  t('picker_option', [
    displayText(session.title || platformName(session.platform), 40),
    platformName(session.platform),
  ]);
