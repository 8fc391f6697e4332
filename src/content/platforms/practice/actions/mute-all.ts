import type { ActionHandler } from '../../../adapter';
import { findControl } from '../../../kit/controls';
import { done, notVerified } from '../../../kit/run-step';
import { isRowMuted, isRowSelf } from '../page';
import { LABELS, S } from '../selectors';
import { dialogButton, ensureRoster, waitDialog } from './rows';
import { confirmed, adapterStep, required } from '../../../kit/step';

/** Participants panel footer "Mute all" → Continue; verified when every other row shows muted. */
export const muteAll: ActionHandler<'mute-all'> = (_request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const list = await ensureRoster(doc, signal);
    required(findControl<HTMLElement>(S.muteAllButton, doc), 'Mute all button').click();
    const dialog = await waitDialog(doc, S.muteAllDialog, null, signal);
    dialogButton(dialog, LABELS.muteAllConfirm).click();
    const rows = () => [...list.querySelectorAll(S.row.selectors[0]!)].filter((row) => !isRowSelf(row));
    const muted = await confirmed(() => rows().every(isRowMuted), 'every participant muted', signal);
    return muted ? done(`muted ${rows().length} participants`) : notVerified('some participants still show unmuted');
  });
