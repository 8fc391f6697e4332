import { liveAttr, type ViewContext } from './context';
import { h, icon } from './dom';

export interface MenuEntry {
  glyph: string;
  label: string;
  select: () => void;
}

/**
 * A Meet menu, portalled to the end of body:
 * `ul[role=menu][jsname=rymPhb][aria-label] > li[role=menuitem][jsname=BUtajd][aria-label]`
 * with the label in `span[jsname=K4r5Ff]` next to an icon glyph (file #57758765896, recorded from
 * the live panel, 2026). The list opens at once; its items arrive after the render delay.
 */
export function openMenu(ctx: ViewContext, label: string, opener: HTMLElement, entries: readonly MenuEntry[]): void {
  const { doc, cls } = ctx;
  const list = h(doc, 'ul', {
    class: cls('menuList'),
    role: 'menu',
    tabindex: '-1',
    'aria-label': label,
    'data-list-type': liveAttr(ctx, 'MENU'),
    jsname: liveAttr(ctx, 'rymPhb'),
  });
  const portal = h(
    doc,
    'div',
    { class: cls('menuPortal') },
    h(
      doc,
      'div',
      { class: cls('menuFloat') },
      h(doc, 'div', { class: cls('menuSurface'), jsname: liveAttr(ctx, 'SDSjce') }, list),
    ),
  );
  ctx.portals.show('menu', portal, opener);
  ctx.scheduler.later(() => {
    if (!portal.isConnected) return;
    for (const entry of entries) list.append(menuItem(ctx, entry));
  });
}

function menuItem(ctx: ViewContext, entry: MenuEntry): HTMLElement {
  const { doc, cls } = ctx;
  const item = h(
    doc,
    'li',
    {
      class: cls('menuItem'),
      role: 'menuitem',
      tabindex: '-1',
      jsname: liveAttr(ctx, 'BUtajd'),
      'aria-label': entry.label,
    },
    icon(doc, entry.glyph),
    h(doc, 'span', { class: cls('menuItemText') }, h(doc, 'span', { jsname: liveAttr(ctx, 'K4r5Ff') }, entry.label)),
  );
  item.addEventListener('click', () => {
    ctx.portals.close('menu');
    entry.select();
  });
  return item;
}
