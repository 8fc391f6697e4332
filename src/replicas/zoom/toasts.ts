import type { ZoomContext } from './context';
import { h } from './dom';

/** Default toast lifetime (capture §14, from Zoom's JS). */
export const TOAST_MS = 5000;

/*
 * `.notification-manager#notificationManager` (capture §14): stacked
 * `.notification-message-wrap` toasts with a close "button". Zoom shows no join/leave toast
 * (capture §0, §15): only host-side events such as the waiting room or a lock use it.
 */
export function createToasts(ctx: ZoomContext) {
  const { doc, scheduler } = ctx;
  const manager = h(doc, 'div', { id: 'notificationManager', class: 'notification-manager' });
  const notify = (text: string, ms = TOAST_MS, action?: { text: string; run: () => void }) => {
    const closeIcon = h(doc, 'i', {
      class: 'notification-message-wrap__close',
      role: 'button',
      'aria-label': 'close',
      tabindex: '0',
    });
    const buttons = h(doc, 'div', { class: 'notification-message-wrap__btns' });
    if (action) {
      const button = h(doc, 'button', { type: 'button', class: 'dark' }, action.text);
      button.addEventListener('click', () => {
        toast.remove();
        action.run();
      });
      buttons.append(button);
    }
    const toast = h(
      doc,
      'div',
      { class: 'notification-message-wrap notification-message-wrap--dark', role: 'alert' },
      h(
        doc,
        'div',
        { class: 'notification-message-wrap__layer' },
        h(
          doc,
          'div',
          { class: 'notification-message-wrap__txt' },
          h(doc, 'div', { class: 'notification-message-wrap__txt-container' }, text),
        ),
        buttons,
        closeIcon,
      ),
    );
    closeIcon.addEventListener('click', () => toast.remove());
    manager.append(toast);
    scheduler.after(ms, () => toast.remove());
  };
  return { manager, notify };
}
