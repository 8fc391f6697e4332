import { act, type ZoomContext } from './context';
import { h } from './dom';
import { muteAll, removeParticipant, rename } from './meeting';
import { modalBody, modalButton, modalCheckbox, modalFooter, modalTitle, openDialogLater, openModal } from './modal';
import type { ZoomParticipant } from './model';

/*
 * The small confirm dialogs a host meets: Remove (university guides: confirm, a "report to Zoom"
 * box, Remove; platforms-and-anchors.md), Rename, and Mute All (capture §13.2: "Mute all current
 * and new participants", ✓ "Allow participants to unmute themselves", Cancel / Continue).
 */
export function openRemoveDialog(ctx: ZoomContext, p: ZoomParticipant): void {
  const { t } = ctx;
  openDialogLater(ctx, () => {
    const report = modalCheckbox(ctx, t.reportToZoom, false, 'report-to-zoom');
    const modal = openModal(
      ctx,
      modalBody(ctx, modalTitle(ctx, t.removeTitle(p.name)), report.label),
      modalFooter(
        ctx,
        modalButton(ctx, t.cancel, 'default', () => modal.close()),
        modalButton(ctx, t.remove, 'primary', () => {
          modal.close();
          const reported = report.input.checked;
          act(ctx, () => {
            if (!ctx.model.byId(p.id)) return;
            // A report left for the host to confirm by e-mail within 7 days (KB0067474).
            if (reported) ctx.model.reports.push({ participantId: p.id, submitted: false });
            removeParticipant(ctx.model, p.id);
          });
        }),
      ),
    );
  });
}

export function openRenameDialog(ctx: ZoomContext, p: ZoomParticipant): void {
  const { doc, t } = ctx;
  openDialogLater(ctx, () => {
    const input = h(doc, 'input', {
      type: 'text',
      class: 'zm-input rename-dialog__input',
      'aria-label': t.renamePrompt,
      maxlength: '64',
    });
    input.value = p.name;
    const modal = openModal(
      ctx,
      modalBody(ctx, modalTitle(ctx, t.renameTitle), h(doc, 'label', {}, t.renamePrompt), input),
      modalFooter(
        ctx,
        modalButton(ctx, t.cancel, 'default', () => modal.close()),
        modalButton(ctx, t.change, 'primary', () => {
          modal.close();
          const name = input.value.trim();
          if (name) act(ctx, () => rename(ctx.model, p.id, name, true));
        }),
      ),
    );
  });
}

export function openMuteAllDialog(ctx: ZoomContext): void {
  const { t } = ctx;
  openDialogLater(ctx, () => {
    const allow = modalCheckbox(ctx, t.allowUnmuteThemselves, true, 'allow-unmute');
    const modal = openModal(
      ctx,
      modalBody(ctx, modalTitle(ctx, t.muteAllTitle), allow.label),
      modalFooter(
        ctx,
        modalButton(ctx, t.cancel, 'default', () => modal.close()),
        modalButton(ctx, t.continue, 'primary', () => {
          modal.close();
          const allowUnmute = allow.input.checked;
          act(ctx, () => muteAll(ctx.model, allowUnmute));
        }),
      ),
    );
  });
}
