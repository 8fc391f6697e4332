import type { ZoomContext } from './context';
import { h } from './dom';

/*
 * The right-panel shell shared by Participants, Chat and Host tools (capture §8.1–8.2):
 * `.panel-shell.panel-shell--dark`, header `.panel-shell-header__header` with a centered title
 * and Pop Out + Close at the right (the participants one keeps Zoom's typo class
 * `particpant-header__close-right`, operator doc 4d).
 */
/** An open right panel; `dispose` stops its subscriptions when it closes. */
export interface Panel {
  readonly element: HTMLElement;
  dispose(): void;
}

export interface PanelShell {
  element: HTMLElement;
  header: HTMLElement;
  title: HTMLElement;
  leading: HTMLElement;
  content: HTMLElement;
}

export function panelShell(ctx: ZoomContext, className: string, closeClass: string, onClose: () => void): PanelShell {
  const { doc, t } = ctx;
  const close = h(doc, 'button', {
    type: 'button',
    'aria-label': t.close,
    class: `panel-shell-header__close ${closeClass}`,
  });
  close.addEventListener('click', onClose);
  const title = h(doc, 'div', { class: 'panel-shell-header__title' });
  const leading = h(doc, 'div', { class: 'panel-shell-header__leading' });
  const header = h(
    doc,
    'div',
    { class: 'panel-shell-header__header' },
    leading,
    title,
    h(
      doc,
      'div',
      { class: 'panel-shell-header__operate' },
      h(doc, 'button', { type: 'button', 'aria-label': t.popOut }),
      close,
    ),
  );
  const content = h(doc, 'div', { class: 'panel-shell__content' });
  const element = h(doc, 'div', { class: `panel-shell panel-shell--dark ${className}` }, header, content);
  return { element, header, title, leading, content };
}
