/*
 * People knocking while the lobby is on (participants-pane/components/web/LobbyParticipants.tsx,
 * LobbyParticipantItem.tsx): heading "Lobby (N)", "Admit all" when more than one, and
 * `#lobby-list` whose rows are also `div#participant-item-<id>` (so a roster reader must skip
 * them), each with Admit (`[data-testid="admit-<id>"]`) and "More moderation options <Name>"
 * opening Chat / Reject (`[data-testid="reject-<id>"]`). Lobby chat is on by default.
 */
import type { Ctx } from './context';
import { h, icon, setAttrs, tss } from './dom';
import { admit, reject } from './host-ops';
import type { Person } from './model';
import { menuItem } from './overflow-menu';

export function renderLobby(ctx: Ctx): HTMLElement | null {
  const { doc, model, s } = ctx;
  if (model.knocking.length === 0) return null;
  const heading = h(
    doc,
    'div',
    { class: tss('headingContainer') },
    h(doc, 'div', { class: tss('heading') }, s.lobbyHeading(model.knocking.length)),
  );
  if (model.knocking.length > 1) {
    const all = h(doc, 'div', { class: tss('link') }, s.admitAll);
    all.addEventListener('click', () =>
      ctx.act(() => [...model.knocking].forEach((person) => admit(model, person.id))),
    );
    heading.append(all);
  }
  return h(
    doc,
    'div',
    {},
    heading,
    h(
      doc,
      'div',
      { class: tss('lobbyList'), id: 'lobby-list' },
      ...model.knocking.map((person) => lobbyRow(ctx, person)),
    ),
  );
}

function lobbyRow(ctx: Ctx, person: Person): HTMLElement {
  const { doc, model, s } = ctx;
  const admitButton = h(doc, 'button', {
    'aria-label': `${s.admit} ${person.name}`,
    class: tss('button'),
    'data-testid': `admit-${person.id}`,
    title: `${s.admit} ${person.name}`,
    type: 'button',
  });
  admitButton.append(h(doc, 'span', {}, s.admit));
  admitButton.addEventListener('click', () => ctx.act(() => admit(model, person.id)));
  const moreLabel = `${s.moreModerationActions} ${person.name}`;
  const more = h(
    doc,
    'button',
    { 'aria-label': moreLabel, class: `${tss('moreButton')} iconButton`, title: moreLabel, type: 'button' },
    icon(doc),
  );
  const menu = h(
    doc,
    'div',
    { class: `${tss('contextMenu')} ${tss('contextMenuHidden')}` },
    h(
      doc,
      'div',
      { class: tss('contextMenuItemGroup') },
      menuItem(ctx, `${s.chatTitle} ${person.name}`, s.chatTitle, undefined, {
        'data-testid': `lobby-chat-${person.id}`,
      }),
    ),
    h(
      doc,
      'div',
      { class: tss('contextMenuItemGroup') },
      menuItem(ctx, `${s.reject} ${person.name}`, s.reject, () => ctx.act(() => reject(model, person.id)), {
        'data-testid': `reject-${person.id}`,
      }),
    ),
  );
  let open = false;
  more.addEventListener('click', () => {
    open = !open;
    setAttrs(menu, { class: `${tss('contextMenu')}${open ? '' : ` ${tss('contextMenuHidden')}`}` });
  });
  return h(
    doc,
    'div',
    { class: `list-item-container ${tss('container')}`, id: `participant-item-${person.id}`, role: 'listitem' },
    h(doc, 'div', {}, ' ', h(doc, 'div', { class: `avatar participant-avatar ${tss('avatar')}` }), ' '),
    h(
      doc,
      'div',
      { class: tss('detailsContainer') },
      h(
        doc,
        'div',
        { class: tss('name') },
        h(doc, 'div', { class: tss('nameContainer') }, h(doc, 'div', { class: tss('name') }, person.name)),
      ),
      h(doc, 'div', { class: `indicators ${tss('indicators')} ${tss('indicatorsHidden')}` }),
      h(
        doc,
        'div',
        { class: `actions ${tss('actionsContainer')} ${tss('actionsPermanent')}` },
        admitButton,
        more,
        menu,
      ),
    ),
  );
}
