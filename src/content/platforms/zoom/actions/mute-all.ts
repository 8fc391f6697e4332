import type { ActionHandler } from '../../../adapter';
import { findByLabel, findControl } from '../../../kit/controls';
import { done, notVerified } from '../../../kit/run-step';
import { adapterStep, confirmed, required } from '../../../kit/step';
import { L } from '../labels';
import { isRowMuted, rowRole } from '../page';
import { resolveRows } from '../roster-source';
import { S } from '../selectors';
import { ensureRoster, openDialogs, waitNewDialog } from './rows';

/**
 * Participants panel footer "Mute All" → "Continue" (build 7.2.0 §8.5 / §13.2; older "Yes").
 * The dialog's "Allow participants to unmute themselves" box is left as Zoom sets it. Verified
 * when every rendered row but the host's reads "computer audio muted" (the list is virtualised:
 * rows out of view cannot be read without scrolling, and Zoom mutes all at once).
 */
export const muteAll: ActionHandler<'mute-all'> = (_request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const list = await ensureRoster(doc, signal);
    const footer = findControl(S.panelFooter, doc) ?? findControl(S.participantsPanel, doc);
    const buttons = footer?.querySelectorAll<HTMLElement>('button') ?? [];
    const before = openDialogs(doc);
    required(findByLabel(buttons, L.muteAll), 'Mute All button').click();
    const { button } = await waitNewDialog(doc, before, L.muteAllConfirm, 'the Mute All confirmation', signal);
    button.click();
    const others = () => resolveRows(doc, list).filter((row) => !rowRole(row).self);
    const muted = await confirmed(() => others().every(isRowMuted), 'every participant muted', signal);
    return muted
      ? done(`muted everyone (${others().length} rows in view)`)
      : notVerified('some participants still show unmuted');
  });
