import type { ActionHandler } from '../../../adapter';
import { findControl } from '../../../dom/query';
import { done, notVerified } from '../../../run-step';
import { isRowMuted, isRowSelf } from '../page';
import { LABELS, S } from '../selectors';
import { dialogButton, ensureRoster, waitDialog } from './rows';
import { confirmed, practiceStep, required } from './step';

/** Participants panel footer "Mute all" → Continue; verified when every other row shows muted. */
export const muteAll: ActionHandler<'mute-all'> = (_request, signal) =>
  practiceStep(async () => {
    const list = await ensureRoster(document, signal);
    required(findControl<HTMLElement>(S.muteAllButton, document), 'Mute all button').click();
    const dialog = await waitDialog(document, S.muteAllDialog, null, signal);
    dialogButton(dialog, LABELS.muteAllConfirm).click();
    const rows = () => [...list.querySelectorAll(S.row.selectors[0]!)].filter((row) => !isRowSelf(row));
    const muted = await confirmed(() => rows().every(isRowMuted), 'every participant muted', signal);
    return muted ? done(`muted ${rows().length} participants`) : notVerified('some participants still show unmuted');
  });
