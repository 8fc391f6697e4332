import type { HostCommand } from '../../shared/actions';
import type { ActionRecord } from '../../shared/model/session';
import { t } from '../i18n';
import { isPending, selectedSession } from '../selectors';
import type { PanelState } from '../store';
import { usePanel, usePanelStore } from '../use-panel';
import { ActionButton } from './ActionButton';

/**
 * The log's rows are rendered once (ActionResults reuses them while the name is unchanged), so
 * the record's undo state is read live from the store, not from the row's props.
 */
const liveUndoneBy = (state: Pick<PanelState, 'sessions' | 'focus' | 'picked'>, id: string) =>
  selectedSession(state)?.actions.find((a) => a.id === id)?.undoneBy;

/** "Undo" on a step Hostguard can put back; "Undone" once the background has reversed it. */
export function UndoButton({ record, title }: { record: ActionRecord; title: string }) {
  const store = usePanelStore();
  const undoneBy = usePanel((s) => liveUndoneBy(s, record.id)) ?? record.undoneBy;
  const tabId = usePanel((s) => selectedSession(s)?.tabId);
  const ended = usePanel((s) => selectedSession(s)?.endedAt !== undefined);
  const command: HostCommand = { kind: 'undo', actionId: record.id };
  const pending = usePanel((s) => tabId !== undefined && isPending(s, tabId, command));
  if (undoneBy !== undefined) {
    return (
      <span class="badge badge--undone" data-testid="undone">
        {t('undo_done')}
      </span>
    );
  }
  // A closed meeting can take no action; the log stays readable without a dead button.
  if (!record.undo || ended || tabId === undefined) return null;
  return (
    <ActionButton
      class="row-button undo-button"
      testId="undo-button"
      label={t('undo_named', title)}
      pending={pending}
      onActivate={() => void store.getState().send(tabId, command)}
    >
      {pending ? t('pending') : t('action_undo')}
    </ActionButton>
  );
}
