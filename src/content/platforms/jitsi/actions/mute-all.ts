import type { ActionHandler } from '../../../adapter';
import { findByLabel, findControl } from '../../../kit/controls';
import { done, notVerified } from '../../../kit/run-step';
import { adapterStep, confirmed, required } from '../../../kit/step';
import { isRowMuted, isRowSelf, meetingRows } from '../page';
import { LABELS, S } from '../selectors';
import { ensurePane, openOverflow, waitConfirm } from './pane';

const CONTROLS = 'button, [role="button"], [role="menuitem"]';

/** The mute-everyone control: the pane footer's "Mute all" first, then older wordings and places. */
async function findMuteAll(doc: Document, pane: HTMLElement, signal: AbortSignal): Promise<HTMLElement | null> {
  const inPane = () =>
    findByLabel(pane.querySelectorAll<HTMLElement>(CONTROLS), LABELS.muteAll) ??
    findByLabel(pane.querySelectorAll<HTMLElement>(CONTROLS), LABELS.muteAllOther);
  const found = inPane();
  if (found) return found;
  // Some builds keep it in the footer "…" menu, older ones in the toolbar's "More actions".
  const footer = findControl<HTMLElement>(S.footerMore, doc);
  if (footer) {
    footer.click();
    const inFooter = inPane();
    if (inFooter) return inFooter;
    footer.click();
  }
  if (!findControl(S.overflowButton, doc)) return null;
  const menu = await openOverflow(doc, signal);
  return findByLabel(menu.querySelectorAll<HTMLElement>(CONTROLS), [...LABELS.muteAll, ...LABELS.muteAllOther]);
}

/**
 * Pane footer "Mute all" → "Mute everyone?" → Mute (ParticipantsPane.tsx, MuteEveryoneDialog.tsx;
 * the dialog's moderation switch is left as it is). Verified when every other meeting row shows
 * `svg#audioMuted` among its indicators.
 */
export const muteAll: ActionHandler<'mute-all'> = (_request, signal, doc = document) =>
  adapterStep(doc, async () => {
    const pane = await ensurePane(doc, signal);
    required(await findMuteAll(doc, pane, signal), '"Mute all" in the participants pane').click();
    const { ok } = await waitConfirm(
      doc,
      LABELS.muteAllTitle,
      LABELS.muteConfirm,
      'mute everyone dialog',
      signal,
      true,
    );
    ok.click();
    const others = () => meetingRows(pane).filter((row) => !isRowSelf(row));
    const muted = await confirmed(() => others().every(isRowMuted), 'every other participant muted', signal);
    return muted ? done(`muted ${others().length} participants`) : notVerified('some participants still show unmuted');
  });
