import { useState } from 'preact/hooks';
import { forbidsImages, REPORT_CATEGORIES, type ReportCategory } from '../../shared/model/report';
import { LIMITS } from '../../shared/protocol/limits';
import { formatTime, t, tParts } from '../i18n';
import { categoryLabel, platformName } from '../labels';
import type { ComposeDialogState } from '../report-compose';
import { actionAvailable } from '../selectors';
import { usePanel, usePanelStore } from '../use-panel';
import { ChildSafetyNotice } from './ChildSafetyNotice';
import { DisplayName } from './DisplayName';
import { EvidenceLine } from './EvidenceLine';
import { Modal } from './Modal';

/**
 * The report composer: category, the people concerned, the time window and the evidence come
 * prefilled from the alert or row it opened from; the host adds a note and sends it to the
 * outbox (safety desk, chat), and may also open the platform's own report form, prefilled.
 */
export function ReportDialog({ dialog }: { dialog: ComposeDialogState }) {
  const store = usePanelStore();
  const session = usePanel((s) => s.sessions[dialog.tabId]);
  const [category, setCategory] = useState<ReportCategory>(dialog.category);
  const [chosen, setChosen] = useState<string[]>(dialog.participantIds);
  const [note, setNote] = useState('');
  const canPrefill = session !== undefined && actionAvailable(session, 'report') && dialog.participantIds.length > 0;
  const [platformReport, setPlatformReport] = useState(canPrefill);
  const [alsoRemove, setAlsoRemove] = useState(false);
  const close = () => store.getState().closeDialog();

  const choose = (next: ReportCategory) => {
    setCategory(next);
    // Marking content as involving minors deletes the frames now, not when the report is sent.
    if (forbidsImages(next) && !forbidsImages(category)) void store.getState().withholdImages(dialog.tabId);
  };
  const toggle = (id: string, on: boolean) =>
    setChosen((ids) =>
      on ? [...dialog.participantIds.filter((p) => p === id || ids.includes(p))] : ids.filter((p) => p !== id),
    );
  const send = (event: Event) => {
    event.preventDefault();
    const { tabId } = dialog;
    const prefill = platformReport && canPrefill && chosen[0] !== undefined;
    const draft = {
      category,
      participantIds: chosen,
      window: { ...dialog.window, to: Date.now() },
      note,
      platformReport: prefill,
    };
    void store.getState().fileReport(tabId, draft);
    if (prefill) {
      const command = { kind: 'report', participantId: chosen[0]!, category, description: note, alsoRemove } as const;
      void store.getState().send(tabId, command);
    }
    close();
  };
  const nameOf = (id: string) => session?.participants[id]?.name ?? '';
  const title =
    dialog.participantIds.length > 1
      ? tParts('report_title_many', [
          <DisplayName key="name" raw={dialog.name} variant="inline" />,
          dialog.participantIds.length - 1,
        ])
      : tParts('report_title', [<DisplayName key="name" raw={dialog.name} variant="inline" />]);

  return (
    <Modal labelledBy="report-title" testId="report-dialog" onClose={close}>
      <form onSubmit={send}>
        <h2 id="report-title">{title}</h2>
        <label for="report-category">{t('report_category')}</label>
        <select
          id="report-category"
          data-autofocus
          value={category}
          onChange={(e) => choose(e.currentTarget.value as ReportCategory)}
        >
          {REPORT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
        {forbidsImages(category) && <ChildSafetyNotice platform={session?.platform ?? ''} />}
        {dialog.participantIds.length > 0 && (
          <fieldset class="report-people">
            <legend>{t('report_people')}</legend>
            {dialog.participantIds.map((id) => (
              <label class="check" key={id}>
                <input
                  type="checkbox"
                  checked={chosen.includes(id)}
                  onChange={(e) => toggle(id, e.currentTarget.checked)}
                />
                <DisplayName raw={nameOf(id)} variant="inline" />
              </label>
            ))}
          </fieldset>
        )}
        <p class="hint" data-testid="report-window">
          {t('report_window', formatTime(dialog.window.from))}
        </p>
        {session && <EvidenceLine meetingId={session.id} />}
        <label for="report-description">{t('report_description')}</label>
        <textarea
          id="report-description"
          rows={3}
          maxLength={LIMITS.description}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        {canPrefill && (
          <>
            <label class="check">
              <input
                type="checkbox"
                checked={platformReport}
                onChange={(e) => setPlatformReport(e.currentTarget.checked)}
              />
              {t('report_platform_form', platformName(session.platform))}
            </label>
            {platformReport && (
              <label class="check">
                <input type="checkbox" checked={alsoRemove} onChange={(e) => setAlsoRemove(e.currentTarget.checked)} />
                {t('report_also_remove')}
              </label>
            )}
          </>
        )}
        <div class="dialog-buttons">
          <button type="button" class="secondary-button" onClick={close}>
            {t('cancel')}
          </button>
          <button type="submit" class="primary-button">
            {t('report_send')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
