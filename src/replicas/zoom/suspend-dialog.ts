import { act, type ZoomContext } from './context';
import { suspendActivities } from './meeting';
import { modalBody, modalButton, modalCheckbox, modalFooter, modalTitle, openDialogLater, openModal } from './modal';
import { openReportDialog } from './report-dialog';

/*
 * Suspend Participant Activities' confirm (university guides, platforms-and-anchors.md Z5, Z6;
 * Boise State wiki): a "Report to Zoom" box checked by default and a red Suspend button. After
 * Suspend, with the box checked, the Report dialog opens with "I'll tell you later" offered.
 */
export function openSuspendDialog(ctx: ZoomContext): void {
  const { t } = ctx;
  openDialogLater(ctx, () => {
    const report = modalCheckbox(ctx, t.reportToZoom, true, 'report-to-zoom');
    const modal = openModal(
      ctx,
      modalBody(ctx, modalTitle(ctx, t.suspendTitle), t.suspendBody, report.label),
      modalFooter(
        ctx,
        modalButton(ctx, t.cancel, 'default', () => modal.close()),
        modalButton(ctx, t.suspend, 'danger', () => {
          modal.close();
          const reporting = report.input.checked;
          act(ctx, () => {
            suspendActivities(ctx.model);
            ctx.ui.notify(t.suspended);
            if (reporting) openReportDialog(ctx, null);
          });
        }),
      ),
    );
  });
}
