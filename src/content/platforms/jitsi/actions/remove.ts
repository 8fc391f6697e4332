import type { ActionHandler } from '../../../adapter';
import { done, notVerified } from '../../../kit/run-step';
import { adapterStep, confirmed, required } from '../../../kit/step';
import { paneOf, rowOf } from '../page';
import { LABELS, ROW_HOOKS } from '../selectors';
import { findRow, menuItem, openParticipantMenu, waitConfirm } from './pane';

/**
 * Participant menu → Kick out (`#ejectlink_<id>.kicklink`) → "Kick this participant?" → Kick
 * (KickButton.tsx, KickRemoteParticipantDialog.tsx). Verified when the row leaves the pane.
 * Jitsi has no ban: a kicked participant can rejoin (#4887, #80), unless the lobby holds them
 * (#8241), so `blockRejoin` is reported, not pretended.
 */
export const remove: ActionHandler<'remove'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const { participantId, blockRejoin } = request;
    const row = await findRow(doc, participantId, signal);
    const menu = await openParticipantMenu(doc, row, participantId, signal);
    const kick =
      menu.querySelector<HTMLElement>(ROW_HOOKS.kick(participantId)) ??
      menuItem(menu, ROW_HOOKS.kickClass, LABELS.kick);
    required(kick, '"Kick out" in the participant menu').click();
    const { ok } = await waitConfirm(doc, LABELS.kickTitle, LABELS.kickConfirm, 'kick dialog', signal);
    ok.click();
    const gone = await confirmed(
      () => {
        const pane = paneOf(doc);
        return pane !== null && rowOf(pane, participantId) === null;
      },
      'row gone from the participants pane',
      signal,
    );
    if (!gone) return notVerified('the participant is still in the meeting');
    return done(blockRejoin ? 'removed; Jitsi cannot block rejoining (turn the lobby on)' : 'removed');
  });
