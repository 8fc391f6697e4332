import type { ViewContext } from './context';
import { h } from './dom';

/*
 * "Report abuse" (Help 10212037, desktop, 2024): from the pop-up box pick the abuse type, enter
 * the display names of the abusers, describe the issue, click Report; every field is mandatory;
 * an optional video-clip checkbox appears in consumer meetings. Field labels and the list of
 * types are inferred from that text and Meet's Acceptable Use Policy (NOTES.md).
 */
export function openReportDialog(ctx: ViewContext, prefillName = ''): void {
  ctx.scheduler.later(() => {
    const { doc, t, cls } = ctx;
    const type = h(doc, 'select', { class: cls('reportType'), 'aria-label': t.abuseType });
    type.append(h(doc, 'option', { value: '' }, ''));
    t.abuseTypes.forEach((label, index) => type.append(h(doc, 'option', { value: String(index) }, label)));
    const names = h(doc, 'input', { type: 'text', class: cls('reportNames'), 'aria-label': t.abuserNames });
    names.value = prefillName;
    const description = h(doc, 'textarea', { class: cls('reportText'), 'aria-label': t.describeIssue });
    const clip = h(doc, 'input', { type: 'checkbox', class: cls('reportClip') });
    const cancel = h(doc, 'button', { type: 'button', class: cls('reportCancel') }, t.cancel);
    const submit = h(doc, 'button', { type: 'button', class: cls('reportGo'), disabled: '' }, t.report);

    const refresh = () => {
      const complete = type.value !== '' && names.value.trim() !== '' && description.value.trim() !== '';
      submit.disabled = !complete;
    };
    for (const field of [type, names, description]) {
      field.addEventListener('input', refresh);
      field.addEventListener('change', refresh);
    }
    refresh();

    const titleId = `${cls('reportTitle').split(' ')[0]}-title`;
    const dialog = h(
      doc,
      'div',
      { class: cls('reportDialog'), role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
      h(doc, 'h2', { id: titleId, class: cls('reportTitle') }, t.reportAbuse),
      type,
      names,
      description,
      h(doc, 'label', { class: cls('reportClipRow') }, clip, h(doc, 'span', {}, t.videoClip)),
      h(doc, 'div', { class: cls('reportActions') }, cancel, submit),
    );
    cancel.addEventListener('click', () => ctx.portals.close('dialog'));
    submit.addEventListener('click', () => {
      if (submit.disabled) return;
      ctx.portals.close('dialog');
      ctx.actions.submitReport(names.value);
    });
    ctx.portals.show(
      'dialog',
      h(doc, 'div', { class: cls('dialogPortal') }, h(doc, 'div', { class: cls('scrim') }), dialog),
    );
  });
}
