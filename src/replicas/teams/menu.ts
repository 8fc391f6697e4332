import type { Ctx } from './context';
import { fui, h, setAttr } from './dom';

/*
 * A Fluent UI v9 Menu: the popover (role="menu") mounts in a portal at once, its items after
 * `delayMs`, as Teams fetches what the organizer may do. Clicking outside or Escape dismisses it;
 * choosing an item closes the whole menu chain first. Item text is the only handle: Teams puts no
 * public test id on these items (meeting-dom.md §3.2, 2026-11).
 */
export interface MenuItemSpec {
  label: string;
  onSelect?: () => void;
  /** Items of a nested menu (Fluent opens it beside its trigger item). */
  submenu?: () => MenuItemSpec[];
}

export interface OpenMenu {
  readonly list: HTMLElement;
  close(): void;
}

let current: { close(): void } | null = null;
const byTrigger = new WeakMap<HTMLElement, OpenMenu>();

/** Opens `trigger`'s menu; clicking the trigger of an open menu closes it (Fluent MenuTrigger). */
export function openMenu(ctx: Ctx, trigger: HTMLElement, items: () => MenuItemSpec[], parent?: OpenMenu): OpenMenu {
  const open = byTrigger.get(trigger);
  if (open && trigger.getAttribute('aria-expanded') === 'true') {
    open.close();
    return open;
  }
  if (!parent) current?.close();
  const { doc } = ctx;
  const node = ctx.portal();
  const list = h(doc, 'div', { role: 'menu', class: fui('MenuList'), 'aria-labelledby': trigger.id || null });
  node.append(h(doc, 'div', { class: fui('MenuPopover') }, list));
  setAttr(trigger, 'aria-expanded', 'true');
  let child: OpenMenu | null = null;
  let closed = false;

  const onOutside = (event: Event) => {
    const target = event.target as Node | null;
    if (target && (node.contains(target) || trigger.contains(target) || isInChild(target))) return;
    menu.close();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') (parent ?? menu).close();
  };
  const isInChild = (target: Node): boolean => !!child && child.list.contains(target);

  const menu: OpenMenu = {
    list,
    close() {
      if (closed) return;
      closed = true;
      child?.close();
      node.remove();
      setAttr(trigger, 'aria-expanded', 'false');
      doc.removeEventListener('click', onOutside, true);
      doc.removeEventListener('keydown', onKey, true);
      if (current === root) current = null;
    },
  };
  const root = parent ? null : menu;
  byTrigger.set(trigger, menu);
  if (!parent) current = menu;
  doc.addEventListener('click', onOutside, true);
  doc.addEventListener('keydown', onKey, true);

  ctx.later(() => {
    if (closed) return;
    for (const spec of items()) list.append(menuItem(ctx, spec, menu, parent, (m) => (child = m)));
  });
  return menu;
}

function menuItem(
  ctx: Ctx,
  spec: MenuItemSpec,
  menu: OpenMenu,
  parent: OpenMenu | undefined,
  setChild: (m: OpenMenu | null) => void,
): HTMLElement {
  const { doc } = ctx;
  const item = h(
    doc,
    'div',
    {
      role: 'menuitem',
      tabindex: '-1',
      class: fui('MenuItem'),
      id: ctx.id('menuitem'),
      'aria-haspopup': spec.submenu ? 'menu' : null,
      'aria-expanded': spec.submenu ? 'false' : null,
    },
    h(doc, 'span', { class: fui('MenuItem__icon') }),
    h(doc, 'span', { class: fui('MenuItem__content') }, spec.label),
    spec.submenu ? h(doc, 'span', { class: fui('MenuItem__submenuIndicator') }) : null,
  );
  item.addEventListener('click', () => {
    if (spec.submenu) {
      setChild(openMenu(ctx, item, spec.submenu, menu));
      return;
    }
    (parent ?? menu).close();
    menu.close();
    spec.onSelect?.();
  });
  return item;
}

/** Close whatever menu is open (a panel switch or unmount). */
export function closeMenus(): void {
  current?.close();
}
