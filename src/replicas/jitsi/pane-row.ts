/*
 * One row of the participants pane: ParticipantItem inside ListItem
 * (participants-pane/components/web/ParticipantItem.tsx, base/ui/components/web/ListItem.tsx):
 * `div#participant-item-<endpointId>[role=listitem]` > avatar, name (+ "\u00a0(you)" for self),
 * the "Moderator" label, `div.indicators` (svg#videoMuted / svg#audioMuted) and, for remote rows,
 * `div.actions` with the quick action and the ellipsis
 * `[data-testid="participant-more-options-<id>"]`. The actions stay in the DOM; CSS moves them
 * off screen until hover (ListItem `top: -1000px`).
 */
import type { Ctx } from './context';
import { h, icon, replaceChildren, setAttrs, syncText, tss } from './dom';
import { muteRemote } from './host-ops';
import type { Person } from './model';

/** getQuickActionButtonType (participants-pane/functions.ts) for a moderator, AV moderation supported. */
export type QuickAction = 'mute' | 'stopVideo' | 'stopDesktop' | 'askUnmute';

export function quickActionOf(person: Person): QuickAction {
  if (!person.audioMuted) return 'mute';
  if (!person.videoMuted) return 'stopVideo';
  if (person.sharing) return 'stopDesktop';
  return 'askUnmute';
}

export interface RowView {
  readonly el: HTMLElement;
  update(person: Person): void;
  setHighlighted(on: boolean): void;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');

export function createRow(ctx: Ctx, person: Person, onMore: (id: string) => void): RowView {
  const { doc, s } = ctx;
  const avatarText = h(doc, 'div', { class: tss('initialsContainer') });
  const name = h(doc, 'div', { class: tss('name') });
  const nameContainer = h(doc, 'div', { class: tss('nameContainer') }, name);
  if (person.self) nameContainer.append(h(doc, 'span', {}, `\u00a0(${s.you})`));
  const nameColumn = h(doc, 'div', { class: tss('name') }, nameContainer);
  const moderatorLabel = h(doc, 'div', { class: tss('moderatorLabel') }, s.moderator);
  const indicators = h(doc, 'div', { class: `indicators ${tss('indicators')}` });
  const details = h(doc, 'div', { class: tss('detailsContainer') }, nameColumn, indicators);
  const el = h(
    doc,
    'div',
    { class: `list-item-container ${tss('container')}`, id: `participant-item-${person.id}`, role: 'listitem' },
    h(doc, 'div', {}, ' ', h(doc, 'div', { class: `avatar participant-avatar ${tss('avatar')}` }, avatarText), ' '),
    details,
  );
  let quick: HTMLElement | null = null;
  const actions = person.self ? null : h(doc, 'div', { class: `actions ${tss('actionsContainer')}` });
  if (actions) {
    const more = h(doc, 'button', {
      'aria-label': s.moreParticipantOptions,
      class: `${tss('button')} iconButton`,
      'data-testid': `participant-more-options-${person.id}`,
      title: s.moreParticipantOptions,
      type: 'button',
    });
    more.append(icon(doc));
    more.addEventListener('click', () => onMore(person.id));
    actions.append(more);
    details.append(actions);
  }
  let last = '';

  const renderQuick = (current: Person) => {
    const kind = quickActionOf(current);
    const spec = {
      mute: { label: s.mute, aria: `${s.mute} ${current.name}`, testId: `mute-audio-${current.id}` },
      stopVideo: { label: s.stopVideo, aria: `${s.mute} ${current.name}`, testId: `mute-video-${current.id}` },
      stopDesktop: {
        label: s.stopDesktop,
        aria: `${s.stopDesktop} ${current.name}`,
        testId: `mute-desktop-${current.id}`,
      },
      askUnmute: { label: s.askUnmute, aria: `${s.askUnmute} ${current.name}`, testId: `unmute-audio-${current.id}` },
    }[kind];
    const button = h(doc, 'button', {
      'aria-label': spec.aria,
      class: tss('button'),
      'data-testid': spec.testId,
      title: spec.aria,
      type: 'button',
    });
    button.append(h(doc, 'span', {}, spec.label));
    // Quick actions act at once, without a confirm dialog (ParticipantQuickAction.tsx).
    if (kind === 'mute')
      button.addEventListener('click', () => ctx.act(() => muteRemote(ctx.model, current.id, 'audio')));
    if (kind === 'stopVideo')
      button.addEventListener('click', () => ctx.act(() => muteRemote(ctx.model, current.id, 'video')));
    if (kind === 'stopDesktop')
      button.addEventListener('click', () => ctx.act(() => muteRemote(ctx.model, current.id, 'desktop')));
    quick?.remove();
    quick = button;
    actions!.prepend(button);
  };

  const update = (current: Person) => {
    const key = [current.name, current.moderator, current.audioMuted, current.videoMuted, current.sharing].join('|');
    if (key === last) return;
    last = key;
    syncText(avatarText, initials(current.name));
    syncText(name, current.name);
    if (current.moderator && !moderatorLabel.isConnected) nameColumn.append(moderatorLabel);
    if (!current.moderator && moderatorLabel.isConnected) moderatorLabel.remove();
    replaceChildren(
      indicators,
      icon(doc, current.videoMuted ? { svgId: 'videoMuted' } : {}),
      icon(doc, current.audioMuted ? { svgId: 'audioMuted' } : {}),
    );
    if (actions) renderQuick(current);
  };
  update(person);
  return {
    el,
    update,
    setHighlighted: (on) =>
      setAttrs(el, { class: `list-item-container ${tss('container')}${on ? ` ${tss('highlighted')}` : ''}` }),
  };
}
