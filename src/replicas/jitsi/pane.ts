/*
 * The participants pane (participants-pane/components/web/ParticipantsPane.tsx,
 * MeetingParticipants.tsx): closed at mount; when open, `#participants-pane` beside the
 * conference page with the lobby block, an sr-only "Participants" heading, "Meeting participants
 * (N)", the search input, every row (NOT virtualised: the code's FIXME names react-window as a
 * future fix) and the raised participant menu; footer "Mute all" and "…" for moderators.
 * Screen-share virtual participants are filtered out, so a share adds no row.
 */
import type { Ctx } from './context';
import { h, icon, replaceChildren, syncText, tss } from './dom';
import { mountFooterMenu } from './footer-menu';
import { massMuteDialog } from './host-dialogs';
import { renderLobby } from './lobby-list';
import { participantMenuItems } from './participant-menu';
import { createRow, type RowView } from './pane-row';

export function mountPane(ctx: Ctx): void {
  let dispose: (() => void) | null = null;
  const sync = () => {
    if (ctx.ui.paneOpen && !dispose) dispose = openPane(ctx);
    else if (!ctx.ui.paneOpen && dispose) {
      dispose();
      dispose = null;
    }
  };
  ctx.cleanups.push(
    ctx.model.subscribe((change) => {
      if (change === 'ui') sync();
    }),
    () => dispose?.(),
  );
}

function openPane(ctx: Ctx): () => void {
  const { doc, model, s } = ctx;
  const rows = new Map<string, RowView>();
  const list = h(doc, 'div');
  const heading = h(doc, 'div', { class: tss('heading') });
  const lobbySlot = h(doc, 'div', { class: tss('lobbySlot') });
  const search = h(doc, 'input', { class: tss('input'), placeholder: s.search, type: 'text', value: '' });
  const menuSlot = h(doc, 'div', { class: tss('menuSlot') });
  const closeButton = h(doc, 'button', { 'aria-label': s.paneClose, class: tss('button') }, icon(doc));
  closeButton.addEventListener('click', () => ctx.setUi({ paneOpen: false, menuFor: null, footerMenuOpen: false }));
  const muteAll = h(
    doc,
    'button',
    { 'aria-label': s.muteAll, class: tss('button-secondary'), title: s.muteAll, type: 'button' },
    h(doc, 'span', {}, s.muteAll),
  );
  muteAll.addEventListener('click', () => massMuteDialog(ctx, 'audio'));
  const footerMenu = mountFooterMenu(ctx);
  const pane = h(
    doc,
    'div',
    { class: tss('participantsPane'), id: 'participants-pane' },
    h(doc, 'div', { class: tss('header') }, closeButton),
    h(
      doc,
      'div',
      { class: tss('container') },
      h(doc, 'br', { class: tss('antiCollapse') }),
      lobbySlot,
      h(doc, 'br', { class: tss('antiCollapse') }),
      h(doc, 'span', { 'aria-level': '1', class: 'sr-only', role: 'heading' }, s.paneTitle),
      h(doc, 'div', { class: `${tss('heading')} ${tss('headingW')}` }),
      heading,
      h(doc, 'div', { class: tss('inputContainer') }, h(doc, 'div', { class: tss('fieldContainer') }, search)),
      list,
      menuSlot,
    ),
    h(doc, 'div', { class: tss('footer') }, muteAll, footerMenu.el),
  );

  const onMore = (id: string) => ctx.setUi({ menuFor: ctx.ui.menuFor === id ? null : id });
  const matches = (name: string) => name.toLocaleLowerCase().includes(search.value.trim().toLocaleLowerCase());

  /** Adds, removes and orders rows as React's keyed list would, touching only what changed. */
  const reconcile = () => {
    const people = model.sorted();
    const live = new Set(people.map((person) => person.id));
    for (const [id, row] of rows) {
      if (!live.has(id)) {
        row.el.remove();
        rows.delete(id);
      }
    }
    let cursor: ChildNode | null = list.firstChild;
    for (const person of people) {
      let row = rows.get(person.id);
      if (!row) {
        row = createRow(ctx, person, onMore);
        rows.set(person.id, row);
      } else row.update(person);
      if (!matches(person.name)) {
        if (row.el === cursor) cursor = cursor.nextSibling;
        row.el.remove();
        continue;
      }
      if (row.el !== cursor) list.insertBefore(row.el, cursor);
      else cursor = cursor.nextSibling;
    }
    syncText(heading, s.paneHeading(people.length));
  };

  // The raised participant menu: its frame at once, its items after the client's delay.
  let menuCancel: (() => void) | null = null;
  let menu: { id: string; el: HTMLElement; filled: boolean } | null = null;
  const fillMenu = () => {
    const person = menu ? model.people.get(menu.id) : undefined;
    if (!menu || !person) return;
    menu.filled = true;
    replaceChildren(menu.el, ...participantMenuItems(ctx, person));
  };
  const raiseMenu = () => {
    menuCancel?.();
    menuCancel = null;
    const id = ctx.ui.menuFor && model.people.has(ctx.ui.menuFor) ? ctx.ui.menuFor : null;
    for (const [rowId, row] of rows) row.setHighlighted(rowId === id);
    menu = id ? { id, el: h(doc, 'div', { class: tss('contextMenu') }), filled: false } : null;
    replaceChildren(menuSlot, menu?.el);
    if (menu) menuCancel = ctx.sched.later(fillMenu);
  };

  const renderLobbySlot = () => replaceChildren(lobbySlot, renderLobby(ctx));
  search.addEventListener('input', reconcile);
  reconcile();
  renderLobbySlot();
  ctx.slots.layout.append(pane);
  const stop = model.subscribe((change, id) => {
    if (change === 'roster') reconcile();
    if (change === 'person' && id) {
      const person = model.people.get(id);
      if (person) rows.get(id)?.update(person);
    }
    if (change === 'lobby') renderLobbySlot();
    if (change === 'roster' && ctx.ui.menuFor && !model.people.has(ctx.ui.menuFor)) ctx.setUi({ menuFor: null });
    else if (change === 'ui' && (menu?.id ?? null) !== ctx.ui.menuFor) raiseMenu();
    else if (
      menu?.filled &&
      (change === 'moderation' || ((change === 'person' || change === 'roster') && id === menu.id))
    )
      fillMenu();
  });
  return () => {
    stop();
    menuCancel?.();
    footerMenu.dispose();
    pane.remove();
  };
}
