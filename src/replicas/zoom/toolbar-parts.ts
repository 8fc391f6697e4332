import type { ZoomContext } from './context';
import { h } from './dom';
import type { MenuEntry } from './dropdown';

/*
 * Toolbar building blocks of build 7.2.0 (capture §5.2): `.footer-button-base__button` with an
 * icon layer and a label, carets `.footer-sub-toggle-base`, each group in `.footer-button__wrapper`.
 */
export function toolbarParts(doc: Document) {
  const button = (label: string, aria: string, extra = '') =>
    h(
      doc,
      'button',
      {
        type: 'button',
        tabindex: '0',
        class: `footer-button-base__button footer-button__button ax-outline ${extra}`,
        'aria-label': aria,
      },
      h(doc, 'div', { class: 'footer-button-base__img-layer' }),
      h(doc, 'span', { class: 'footer-button-base__button-label' }, label),
    );
  const caret = (aria: string, extra = '') =>
    h(doc, 'button', {
      type: 'button',
      class: `footer-button-base__button footer-sub-toggle-base ${extra}`,
      'aria-label': aria,
    });
  const group = (id: string, main: HTMLElement, sub?: HTMLElement) =>
    h(
      doc,
      'div',
      { id, class: 'footer-button__wrapper' },
      main,
      sub && h(doc, 'div', { class: 'dropup btn-group' }, sub),
    );
  return { button, caret, group };
}

/** A toolbar menu, appended to its btn-group (the caret's own group unless `host` is given). */
export function caretMenu(
  ctx: ZoomContext,
  opener: HTMLElement,
  className: string,
  entries: () => MenuEntry[],
  host?: HTMLElement,
) {
  opener.addEventListener('click', () =>
    ctx.menus.toggle(opener, { style: 'caret', host: host ?? opener.parentElement!, className, entries }),
  );
}
