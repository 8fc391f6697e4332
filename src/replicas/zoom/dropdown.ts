import type { ZoomContext } from './context';
import { h } from './dom';

export type MenuEntry = { text: string; onSelect: () => void; checked?: boolean } | 'divider';

/**
 * Two menu styles of build 7.2.0: toolbar carets are react-bootstrap `.dark-dropdown` lists of
 * `a.dropdown-item[role=menuitem]` inside the button group (operator doc 4c; capture §6); the row
 * "More options" menu is a body portal `.new-dropdown-menu` whose items are
 * `.zmu-portal-dropdown__menu-item > button.zmu-portal-dropdown__menu-item-button` (capture §8.4
 * and its CSS). The frame opens at once; items render after the client's delay. One menu is
 * open at a time; a click elsewhere closes it.
 */
export interface MenuOptions {
  style: 'caret' | 'portal';
  /** Where a caret menu is appended (its btn-group); portal menus go to body. */
  host?: HTMLElement;
  className: string;
  entries: () => MenuEntry[];
}

export interface Menus {
  toggle(opener: HTMLElement, options: MenuOptions): void;
  close(): void;
}

export function createMenus(ctx: ZoomContext): Menus {
  let open: { opener: HTMLElement; frame: HTMLElement; remove: () => void; host?: HTMLElement } | null = null;
  let cancelRender: (() => void) | null = null;
  const close = () => {
    cancelRender?.();
    if (!open) return;
    open.remove();
    open.opener.setAttribute('aria-expanded', 'false');
    open.host?.classList.remove('show');
    open = null;
  };
  const onOutside = (event: Event) => {
    const target = event.target as Node | null;
    if (open && target && !open.frame.contains(target) && !open.opener.contains(target)) close();
  };
  // Escape closes the open menu, as Zoom's menus do for keyboard users (capture §5.5).
  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
  ctx.doc.addEventListener('click', onOutside, true);
  ctx.doc.addEventListener('keydown', onKey, true);
  ctx.cleanup.push(() => {
    ctx.doc.removeEventListener('click', onOutside, true);
    ctx.doc.removeEventListener('keydown', onKey, true);
    close();
  });
  return {
    close,
    toggle(opener, options) {
      const wasOpener = open?.opener === opener;
      close();
      if (wasOpener) return;
      const { frame, remove } = openFrame(ctx, options);
      open = { opener, frame, remove, ...(options.host ? { host: options.host } : {}) };
      opener.setAttribute('aria-expanded', 'true');
      options.host?.classList.add('show');
      cancelRender = ctx.scheduler.later(() => {
        for (const entry of options.entries()) frame.append(renderEntry(ctx, options.style, entry, close));
      });
    },
  };
}

function openFrame(ctx: ZoomContext, options: MenuOptions) {
  const { doc } = ctx;
  if (options.style === 'caret') {
    const frame = h(doc, 'ul', { role: 'menu', class: `dropdown-menu dark-dropdown show ${options.className}` });
    (options.host ?? doc.body).append(frame);
    return { frame, remove: () => frame.remove() };
  }
  const frame = h(doc, 'ul', { role: 'menu', class: `new-dropdown-menu dropdown-menu show ${options.className}` });
  const portal = h(doc, 'div', { class: 'zmu-portal-dropdown', role: 'presentation' }, frame);
  doc.body.append(portal);
  return { frame, remove: () => portal.remove() };
}

function renderEntry(ctx: ZoomContext, style: MenuOptions['style'], entry: MenuEntry, close: () => void) {
  const { doc } = ctx;
  if (entry === 'divider') {
    const divider =
      style === 'caret' ? 'common-ui-component__dropdown-divider' : 'common-ui-component__dropdown-divider2';
    return h(doc, 'li', { role: 'separator', class: divider });
  }
  const select = (event: Event) => {
    event.preventDefault();
    close();
    entry.onSelect();
  };
  if (style === 'caret') {
    const attrs = { role: 'menuitem', class: 'dropdown-item', href: '#', tabindex: '-1', 'aria-label': entry.text };
    const link = h(doc, 'a', attrs, entry.text);
    link.addEventListener('click', select);
    return h(doc, 'li', { role: 'presentation', class: entry.checked ? 'dropdown-item--checked' : undefined }, link);
  }
  const attrs = { type: 'button', role: 'menuitem', class: 'zmu-portal-dropdown__menu-item-button' };
  const button = h(doc, 'button', attrs, entry.text);
  button.addEventListener('click', select);
  return h(doc, 'li', { role: 'none', class: 'zmu-portal-dropdown__menu-item' }, button);
}
