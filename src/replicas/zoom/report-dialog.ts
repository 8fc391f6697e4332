import { act, type ZoomContext } from './context';
import { h } from './dom';
import { removeParticipant } from './meeting';
import { modalBody, modalButton, modalCheckbox, modalFooter, modalTitle, openDialogLater, openModal } from './modal';

/*
 * Report a participant (KB0067474; NUS wiki; platforms-and-anchors.md Zoom notes): the reported
 * participant, reason check boxes, optional comments, an "Include desktop screenshot" box, then
 * Submit. "Reported participants are removed from the meeting." Opened from the row menu with
 * that participant chosen, or after Suspend with "I'll tell you later" available (Z5, Z6).
 * Submit stays disabled until a reason is ticked [inferred]. The report is recorded when the
 * dialog opens (not submitted) and marked submitted when the host submits it.
 */
export function openReportDialog(ctx: ZoomContext, participantId: string | null): void {
  openDialogLater(ctx, () => buildReportDialog(ctx, participantId));
}

function buildReportDialog(ctx: ZoomContext, participantId: string | null): void {
  const { doc, t, model } = ctx;
  const select = h(doc, 'select', {
    name: 'participant',
    class: 'zm-select report-dialog__participant',
    'aria-label': t.whichParticipant,
  });
  if (participantId === null) select.append(h(doc, 'option', { value: '' }, t.tellYouLater));
  for (const p of model.ordered().filter((q) => !q.self)) {
    select.append(h(doc, 'option', { value: p.userId }, p.name));
  }
  const preselected = model.byId(participantId ?? '');
  select.value = preselected ? preselected.userId : '';
  const reasons = t.reasons.map((text) => modalCheckbox(ctx, text, false, 'reason'));
  reasons.forEach((reason, i) => (reason.input.value = String(i)));
  const comments = h(doc, 'textarea', {
    name: 'comments',
    class: 'zm-textarea',
    'aria-label': t.comments,
    maxlength: '1000',
  });
  const screenshot = modalCheckbox(ctx, t.includeScreenshot, false, 'include-screenshot');
  const entry = { participantId: participantId ?? '', submitted: false };
  if (!ctx.inert) model.reports.push(entry);

  const submit = modalButton(ctx, t.submit, 'primary', () => {
    modal.close();
    const chosen = model.participants.find((p) => p.userId === select.value);
    act(ctx, () => {
      entry.participantId = chosen?.id ?? '';
      entry.submitted = true;
      if (chosen) removeParticipant(model, chosen.id);
      ctx.ui.notify(t.reportSent);
    });
  });
  const refresh = () => {
    if (reasons.some((r) => r.input.checked)) submit.removeAttribute('disabled');
    else submit.setAttribute('disabled', '');
  };
  for (const reason of reasons) reason.input.addEventListener('change', refresh);
  refresh();

  const field = (label: string, control: HTMLElement) =>
    h(doc, 'div', { class: 'report-dialog__field' }, h(doc, 'div', { class: 'report-dialog__label' }, label), control);
  const modal = openModal(
    ctx,
    modalBody(
      ctx,
      modalTitle(ctx, t.reportTitle),
      field(t.whichParticipant, select),
      field(t.whatIssue, h(doc, 'div', { role: 'group', 'aria-label': t.whatIssue }, ...reasons.map((r) => r.label))),
      field(t.comments, comments),
      screenshot.label,
    ),
    modalFooter(
      ctx,
      modalButton(ctx, t.cancel, 'default', () => modal.close()),
      submit,
    ),
  );
}
