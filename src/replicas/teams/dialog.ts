import type { Ctx } from './context';
import { fui, h } from './dom';

/*
 * A Fluent UI v9 Dialog (role="dialog", aria-modal) in its own portal, rendered `delayMs` after
 * the menu item that asks for it. Escape and the secondary button cancel; the primary button runs
 * the action and closes. Used for "Lock this meeting?" (T1: "Lock the meeting > Lock") and the
 * "Mute all" confirmation.
 */
export interface DialogSpec {
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
}

export function openDialog(ctx: Ctx, spec: DialogSpec): void {
  ctx.later(() => {
    const { doc } = ctx;
    const node = ctx.portal();
    const titleId = ctx.id('dialog-title');
    const bodyId = ctx.id('dialog-content');
    const close = () => {
      node.remove();
      doc.removeEventListener('keydown', onKey, true);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    const confirm = h(doc, 'button', { type: 'button', class: fui('Button') }, spec.confirm);
    const cancel = h(doc, 'button', { type: 'button', class: fui('Button') }, spec.cancel);
    confirm.addEventListener('click', () => {
      close();
      spec.onConfirm();
    });
    cancel.addEventListener('click', close);
    node.append(
      h(doc, 'div', { class: fui('DialogSurface__backdrop'), 'aria-hidden': 'true' }),
      h(
        doc,
        'div',
        {
          role: 'dialog',
          'aria-modal': 'true',
          'aria-labelledby': titleId,
          'aria-describedby': bodyId,
          class: fui('DialogSurface'),
          tabindex: '-1',
        },
        h(
          doc,
          'div',
          { class: fui('DialogBody') },
          h(doc, 'h2', { id: titleId, class: fui('DialogTitle') }, spec.title),
          h(doc, 'div', { id: bodyId, class: fui('DialogContent') }, spec.body),
          h(doc, 'div', { class: fui('DialogActions') }, confirm, cancel),
        ),
      ),
    );
    doc.addEventListener('keydown', onKey, true);
  });
}
