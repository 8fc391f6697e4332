import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { chosenIds, stillRemovable } from '../raid-sweep';
import type { SweepDialogState } from '../store';
import { usePanel, usePanelStore } from '../use-panel';
import { DisplayName } from './DisplayName';
import { Modal } from './Modal';

/**
 * One confirmation for the whole raid: every candidate ticked, so the host only unticks people
 * they know. The list is the one computed when the dialog opened (it must not reshuffle under
 * the host's pointer); anyone who leaves or is promoted meanwhile is shown greyed and not sent.
 * Blocking the rejoin is offered and on by default, as for a single eject: every platform's
 * remove takes it, and the result says where the platform cannot honour it.
 */
export function RaidSweepDialog({ dialog }: { dialog: SweepDialogState }) {
  const store = usePanelStore();
  const participants = usePanel((s) => s.sessions[dialog.tabId]?.participants);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [blockRejoin, setBlockRejoin] = useState(true);
  const roster = { participants: participants ?? {} };
  const chosen = chosenIds(roster, dialog.participantIds, unticked);
  const close = () => store.getState().closeDialog();
  const toggle = (id: string, ticked: boolean) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (ticked) next.delete(id);
      else next.add(id);
      return next;
    });
  const confirm = (event: Event) => {
    event.preventDefault();
    if (chosen.length === 0) return;
    void store.getState().send(dialog.tabId, { kind: 'sweep', participantIds: chosen, blockRejoin });
    close();
  };
  return (
    <Modal labelledBy="sweep-title" testId="sweep-dialog" onClose={close}>
      <form onSubmit={confirm}>
        <h2 id="sweep-title">{t('sweep_title')}</h2>
        <p id="sweep-explain">{t('sweep_explain')}</p>
        <ul class="sweep-list" aria-labelledby="sweep-title" data-testid="sweep-list">
          {dialog.participantIds.map((id) => {
            const who = roster.participants[id];
            const removable = stillRemovable(who);
            return (
              <li key={id} class={`sweep-item${removable ? '' : ' sweep-item--gone'}`} data-participant-id={id}>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={removable && !unticked.has(id)}
                    disabled={!removable}
                    onChange={(e) => toggle(id, e.currentTarget.checked)}
                  />
                  <DisplayName raw={who?.name ?? ''} />
                  {!removable && <span class="sweep-gone">{t('sweep_gone')}</span>}
                </label>
              </li>
            );
          })}
        </ul>
        <label class="check">
          <input type="checkbox" checked={blockRejoin} onChange={(e) => setBlockRejoin(e.currentTarget.checked)} />
          {t('sweep_block_rejoin')}
        </label>
        <div class="dialog-buttons">
          <button type="button" class="secondary-button" onClick={close}>
            {t('cancel')}
          </button>
          <button
            type="submit"
            class="danger-button"
            aria-disabled={chosen.length === 0 ? 'true' : undefined}
            data-testid="sweep-confirm"
            data-autofocus
          >
            {chosen.length === 1 ? t('sweep_confirm_one') : t('sweep_confirm', chosen.length)}
          </button>
        </div>
      </form>
    </Modal>
  );
}
