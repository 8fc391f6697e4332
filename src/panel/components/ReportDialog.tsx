import { useState } from 'preact/hooks';
import { forbidsImages, REPORT_CATEGORIES, type ReportCategory } from '../../shared/model/report';
import { LIMITS } from '../../shared/protocol/limits';
import { t, tParts } from '../i18n';
import { categoryLabel } from '../labels';
import type { DialogState } from '../store';
import { usePanelStore } from '../use-panel';
import { DisplayName } from './DisplayName';
import { Modal } from './Modal';

/**
 * Prefills the platform's own report dialog; the host confirms it there (the page, not
 * Hostguard, sends the report). Child-safety reports say plainly that no image is kept.
 */
export function ReportDialog({ dialog }: { dialog: DialogState }) {
  const store = usePanelStore();
  const [category, setCategory] = useState<ReportCategory>('offensive-content');
  const [description, setDescription] = useState('');
  const [alsoRemove, setAlsoRemove] = useState(false);
  const close = () => store.getState().closeDialog();
  const send = (event: Event) => {
    event.preventDefault();
    const { tabId, participantId } = dialog;
    void store.getState().send(tabId, { kind: 'report', participantId, category, description, alsoRemove });
    close();
  };
  return (
    <Modal labelledBy="report-title" testId="report-dialog" onClose={close}>
      <form onSubmit={send}>
        <h2 id="report-title">
          {tParts('report_title', [<DisplayName key="name" raw={dialog.name} variant="inline" />])}
        </h2>
        <label for="report-category">{t('report_category')}</label>
        <select
          id="report-category"
          data-autofocus
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value as ReportCategory)}
        >
          {REPORT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
        {forbidsImages(category) && (
          <p class="notice notice--safety" data-testid="child-safety-notice">
            {t('report_no_images')}
          </p>
        )}
        <label for="report-description">{t('report_description')}</label>
        <textarea
          id="report-description"
          rows={3}
          maxLength={LIMITS.description}
          value={description}
          onInput={(e) => setDescription(e.currentTarget.value)}
        />
        <label class="check">
          <input type="checkbox" checked={alsoRemove} onChange={(e) => setAlsoRemove(e.currentTarget.checked)} />
          {t('report_also_remove')}
        </label>
        <p class="hint">{t('report_confirm_in_page')}</p>
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
