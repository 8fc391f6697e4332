import type { ActionHandler } from '../../../adapter';
import { findByLabel, findControl } from '../../../kit/controls';
import { done, notVerified } from '../../../kit/run-step';
import { exclusive } from '../enumerate';
import { adapterStep, confirmed, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { LABELS } from '../labels';
import { isRowMuted, isSelfRow, myName, renderedRows, rosterList } from '../page';
import { S } from '../selectors';
import { ensureRoster } from './roster';

/*
 * The People pane's "Mute all" (support.microsoft.com: "To mute all participants … select Mute
 * all"), then its confirmation if one shows. Verified when every other rendered row shows muted.
 * Participants can unmute again; "Disable mic for attendees" (set-settings unmuteAllowed) stops that.
 */
export const muteAll: ActionHandler<'mute-all'> = (_request, signal, doc = document) =>
  adapterStep(doc, () =>
    exclusive(doc, async () => {
      await ensureRoster(doc, signal);
      const pane = findControl(S.rosterPane, doc) ?? doc;
      const button = required(
        findByLabel(pane.querySelectorAll<HTMLElement>('button'), LABELS.muteAll),
        'Mute all button',
      );
      button.click();
      const dialog = await waitFor(
        () => doc.querySelector<HTMLElement>('[role="dialog"], [role="alertdialog"]'),
        'Mute all confirmation',
        {
          signal,
          timeoutMs: 1_000,
          root: doc.documentElement,
        },
      ).catch(() => null);
      if (dialog)
        required(
          findByLabel(dialog.querySelectorAll<HTMLElement>('button'), LABELS.muteAllConfirm),
          '"Mute" button',
        ).click();
      const others = () => {
        const list = rosterList(doc);
        const me = myName(doc);
        return list ? renderedRows(list).filter((row) => !isSelfRow(row, me)) : [];
      };
      const muted = await confirmed(
        () => others().every(isRowMuted),
        'every participant muted',
        signal,
        undefined,
        doc.documentElement,
      );
      return muted
        ? done(`muted everyone (${others().length} rows in view)`)
        : notVerified('some participants still show unmuted');
    }),
  );
