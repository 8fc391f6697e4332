import { AVATAR_SRC, type ViewContext } from './context';
import { h, iconButton } from './dom';

/** How long Meet leaves a toast up (not measured: a few seconds). */
const TOAST_MS = 6000;

/**
 * Bottom-left toasts: "<Name> joined", "<Name> left", "<Name> is presenting", "<Name> says in
 * chat: …", each with an avatar and a "Close" button; no role recorded (engagium doc 2025-11).
 */
export class Toasts {
  readonly element: HTMLElement;

  constructor(private readonly ctx: ViewContext) {
    this.element = h(ctx.doc, 'div', { class: ctx.cls('toasts'), 'aria-live': 'polite' });
  }

  show(text: string): void {
    const { doc, cls, t } = this.ctx;
    const close = iconButton(doc, t.close, 'close', { class: cls('toastClose') });
    const toast = h(
      doc,
      'div',
      { class: cls('toast') },
      h(doc, 'img', { class: cls('toastAvatar'), src: AVATAR_SRC, alt: '' }),
      h(doc, 'div', { class: cls('toastText') }, text),
      close,
    );
    close.addEventListener('click', () => toast.remove());
    this.element.append(toast);
    this.ctx.scheduler.later(() => toast.remove(), TOAST_MS);
  }
}
