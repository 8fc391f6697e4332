/*
 * "More actions" (toolbox/components/web/OverflowMenuButton.tsx): a click Popover whose content
 * goes through DialogPortal to document.body: `div.popover-content[role=dialog]` around the
 * ContextMenu `#overflow-context-menu[aria-label="More actions menu"]`. Its buttons are
 * ContextMenuItems (`div[role=menuitem][aria-label]` + text); "Security options" is among them
 * in the default layout (tests/pageobjects/Toolbar.ts clickSecurityButton). The frame opens at
 * once, the items after the client's delay.
 */
import type { Ctx } from './context';
import { h, icon, tss } from './dom';
import { openSecurityDialog } from './security-dialog';

export function menuItem(
  ctx: Ctx,
  label: string,
  text: string,
  onClick?: () => void,
  attrs: Record<string, string> = {},
) {
  const item = h(
    ctx.doc,
    'div',
    { 'aria-label': label, class: tss('contextMenuItem'), role: 'menuitem', tabindex: '0', ...attrs },
    icon(ctx.doc),
    h(ctx.doc, 'span', { class: tss('text') }, text),
  );
  if (onClick) item.addEventListener('click', onClick);
  return item;
}

export function mountOverflowMenu(ctx: Ctx, anchor: HTMLElement): void {
  const { doc, s } = ctx;
  let portal: HTMLElement | null = null;
  let cancelItems: (() => void) | null = null;
  const choose = (work: () => void) => () => {
    ctx.setUi({ overflowOpen: false });
    work();
  };

  const open = () => {
    const menu = h(doc, 'div', {
      'aria-label': s.moreActionsMenu,
      class: tss('contextMenu'),
      id: 'overflow-context-menu',
    });
    portal = h(
      doc,
      'div',
      {},
      h(
        doc,
        'div',
        { class: 'popover click' },
        h(
          doc,
          'div',
          {
            'aria-labelledby': 'overflow-context-menu',
            'aria-modal': 'true',
            class: 'popover-content top',
            role: 'dialog',
          },
          menu,
        ),
      ),
    );
    doc.body.append(portal);
    cancelItems = ctx.sched.later(() => {
      const group = (...items: HTMLElement[]) => h(doc, 'div', { class: tss('contextMenuItemGroup') }, ...items);
      menu.append(
        h(
          doc,
          'div',
          { class: tss('content') },
          group(
            menuItem(ctx, s.invite, s.invite),
            menuItem(ctx, s.videoQuality, s.videoQuality),
            menuItem(ctx, s.fullScreen, s.fullScreenLabel),
          ),
          group(
            menuItem(
              ctx,
              s.security,
              s.security,
              choose(() => openSecurityDialog(ctx)),
            ),
          ),
          group(menuItem(ctx, s.settings, s.settingsLabel)),
        ),
      );
    });
  };
  const close = () => {
    cancelItems?.();
    portal?.remove();
    portal = null;
  };

  // The Popover closes on a click outside it and on Escape.
  const onOutside = (event: Event) => {
    const target = event.target as Node | null;
    if (portal && target && !portal.contains(target) && !anchor.contains(target)) ctx.setUi({ overflowOpen: false });
  };
  doc.addEventListener('click', onOutside, true);
  ctx.cleanups.push(() => doc.removeEventListener('click', onOutside, true), close);
  ctx.cleanups.push(
    ctx.model.subscribe((change) => {
      if (change !== 'ui') return;
      if (ctx.ui.overflowOpen && !portal) open();
      else if (!ctx.ui.overflowOpen && portal) close();
    }),
  );
}
