import { useState } from 'preact/hooks';
import { t, tParts } from '../i18n';
import type { EjectDialogState } from '../store';
import { usePanelStore } from '../use-panel';
import { DisplayName } from './DisplayName';
import { Modal } from './Modal';

/** Confirms an eject; blocking the rejoin is on by default (intruders come back). */
export function EjectDialog({ dialog }: { dialog: EjectDialogState }) {
  const store = usePanelStore();
  const [blockRejoin, setBlockRejoin] = useState(true);
  const close = () => store.getState().closeDialog();
  const confirm = (event: Event) => {
    event.preventDefault();
    const { tabId, participantId } = dialog;
    void store.getState().send(tabId, { kind: 'eject', participantId, blockRejoin });
    close();
  };
  return (
    <Modal labelledBy="eject-title" testId="eject-dialog" onClose={close}>
      <form onSubmit={confirm}>
        <h2 id="eject-title">
          {tParts('eject_title', [<DisplayName key="name" raw={dialog.name} variant="inline" />])}
        </h2>
        <p>{t('eject_explain')}</p>
        <label class="check">
          <input type="checkbox" checked={blockRejoin} onChange={(e) => setBlockRejoin(e.currentTarget.checked)} />
          {t('eject_block_rejoin')}
        </label>
        <div class="dialog-buttons">
          <button type="button" class="secondary-button" onClick={close}>
            {t('cancel')}
          </button>
          <button type="submit" class="danger-button" data-autofocus>
            {t('eject_confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
