import type { ActionHandler } from '../../../adapter';
import { done, notVerified } from '../../../kit/run-step';
import { StepAbort, adapterStep, closeMenus, confirmed } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { nameOf, presentationRows, presenterNames, rosterList } from '../page';
import { L } from '../selectors';
import { confirmButton, findRemoveConfirm } from './remove-confirm';
import { chooseRowItem, findRow } from './row-menu';
import { requestSwitch } from './host-switches';
import { ensurePeople, openHostControls, restorePeople } from './panels';

/*
 * Meet has no per-person "Stop presenting" for the host (meeting-dom.md §2.4: no code found).
 * Two documented paths, in order:
 * 1. the presentation's own entry → "More actions" → "Remove from the call" (Help 9303164,
 *    desktop: "Remove a participant or a presentation"): stops only that presentation;
 * 2. Host controls → "Share their screen" off, which only hosts may then use (Help G1); whether
 *    it ends a running presentation is not documented, so the stage decides.
 * Verified when no presentation of theirs is shown any more.
 */
export const stopShare: ActionHandler<'stop-share'> = (request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const { participantId } = request;
    await findRow(doc, participantId, signal);
    const name = nameOf(doc, participantId);
    const sharing = () => name !== null && presenterNames(doc).includes(name);
    if (!sharing()) return done('was not presenting');

    const entry = presentationRows(await ensurePeople(doc, signal)).find((found) => found.presenter === name);
    if (entry && (await removePresentation(doc, entry.row, () => !sharing(), signal))) {
      if (await confirmed(() => !sharing(), 'presentation gone', signal))
        return done('presentation removed from the call');
      return notVerified(`${name}'s presentation is still shown`);
    }

    const panel = await openHostControls(doc, signal);
    const share = await requestSwitch(panel, 'shareAllowed', false, signal);
    await confirmed(() => share.read() === false, '"Share their screen" off', signal);
    const settings = { before: { shareAllowed: share.before }, after: { shareAllowed: share.read() ?? share.before } };
    await restorePeople(doc, signal);
    const stopped = await confirmed(() => !sharing() && rosterList(doc) !== null, 'presentation gone', signal);
    const detail = 'turned off "Share their screen" for everyone (turn it back on in Host controls)';
    return stopped
      ? done(`presentation ended: ${detail}`, settings)
      : notVerified(`still presenting after: ${detail}`, settings);
  });

/**
 * The presentation entry's "Remove from the call", confirming if this build asks. False when
 * the entry offers no such item (then the Host-controls path is the only one left).
 */
async function removePresentation(
  doc: Document,
  row: HTMLElement,
  stopped: () => boolean,
  signal: AbortSignal,
): Promise<boolean> {
  try {
    await chooseRowItem(doc, row, L.removeFromCall, '"Remove from the call" on the presentation', signal);
  } catch (error) {
    if (error instanceof StepAbort && error.outcome.code === 'control-missing') {
      closeMenus(doc);
      return false;
    }
    throw error;
  }
  const next = await waitFor(
    () => findRemoveConfirm(doc) ?? (stopped() ? 'stopped' : null),
    'the presentation to end',
    {
      signal,
    },
  ).catch(() => null);
  if (next && next !== 'stopped') confirmButton(next)?.click();
  return true;
}
