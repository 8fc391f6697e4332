import type { ZoomContext } from './context';
import { h } from './dom';

/*
 * Confirm dialogs are ReactModal portals appended to the client document's body
 * (meeting-dom.md §1.0; operator doc "div.ReactModal__Content[role=dialog]", no aria-label),
 * dim overlay, `.zm-modal.zm-modal--dark` box (capture §13.1).
 */
export interface Modal {
  content: HTMLElement;
  close(): void;
}

export function openModal(ctx: ZoomContext, ...children: HTMLElement[]): Modal {
  const { doc } = ctx;
  const content = h(
    doc,
    'div',
    {
      class: 'ReactModal__Content ReactModal__Content--after-open zm-modal zm-modal--dark',
      role: 'dialog',
      'aria-modal': 'true',
      tabindex: '-1',
    },
    ...children,
  );
  const overlay = h(
    doc,
    'div',
    { class: 'ReactModal__Overlay ReactModal__Overlay--after-open', style: 'background-color: rgba(0,0,0,.5)' },
    content,
  );
  const portal = h(doc, 'div', { class: 'ReactModalPortal' }, overlay);
  doc.body.append(portal);
  const close = () => portal.remove();
  ctx.cleanup.push(close);
  return { content, close };
}

/** The capture's dialog parts: bold title, body, right-aligned Cancel + primary (§13.1). */
export const modalTitle = (ctx: ZoomContext, text: string) => h(ctx.doc, 'div', { class: 'zm-modal-body-title' }, text);

export const modalBody = (ctx: ZoomContext, ...children: (HTMLElement | string)[]) =>
  h(ctx.doc, 'div', { class: 'zm-modal-body' }, ...children);

const BUTTON_KINDS = {
  default: 'zm-btn--default',
  primary: 'zm-btn--primary zm-btn__outline--blue',
  danger: 'zm-btn--danger',
} as const;

export function modalButton(ctx: ZoomContext, text: string, kind: keyof typeof BUTTON_KINDS, onClick: () => void) {
  const button = h(ctx.doc, 'button', { type: 'button', class: `zm-btn zm-btn-legacy ${BUTTON_KINDS[kind]}` }, text);
  button.addEventListener('click', onClick);
  return button;
}

export const modalFooter = (ctx: ZoomContext, ...buttons: HTMLElement[]) =>
  h(ctx.doc, 'div', { class: 'zm-modal-footer' }, h(ctx.doc, 'div', { class: 'zm-modal-footer-default' }, ...buttons));

/** A labelled checkbox as the capture draws them (`zm-checkbox`). */
export function modalCheckbox(ctx: ZoomContext, text: string, checked: boolean, name: string) {
  const input = h(ctx.doc, 'input', { type: 'checkbox', class: 'zm-checkbox-input', name });
  input.checked = checked;
  const label = h(
    ctx.doc,
    'label',
    { class: 'zm-checkbox' },
    input,
    h(ctx.doc, 'span', { class: 'zm-checkbox-message' }, text),
  );
  return { label, input };
}

/** Opens a dialog after the client's delay, as the real one renders. */
export function openDialogLater(ctx: ZoomContext, open: () => void): void {
  ctx.scheduler.later(open);
}
