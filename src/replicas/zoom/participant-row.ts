import type { ZoomContext } from './context';
import { h, sync, syncText } from './dom';
import type { ZoomParticipant } from './model';
import type { ZoomStrings } from './strings';
import { ROW_HEIGHT } from './virtual-window';

/*
 * One roster row of build 7.2.0 (capture §8.3; HTML dump file #48016006712; operator doc 4d):
 * `div.item-pos.participants-li[id=participants-list-<index>][role=application]` whose aria-label
 * carries name, role, audio and video ("A B (Host, me),computer audio muted,video off"), the name
 * in `.participants-item__display-name`, the role in `.participants-item__name-label`, and three
 * always-visible icon buttons (mic, video, "…" titled "More options"). Zoom has no stable row key:
 * the id is the row's index, so it shifts when someone above leaves.
 */
export function roleLabel(t: ZoomStrings, p: ZoomParticipant): string {
  if (p.self) return p.role === 'host' ? t.roleHostMe : t.roleMe;
  if (p.role === 'host') return t.roleHost;
  if (p.role === 'cohost') return t.roleCohost;
  return p.guest ? t.roleGuest : '';
}

export function rowAriaLabel(t: ZoomStrings, p: ZoomParticipant): string {
  const label = roleLabel(t, p);
  return `${p.name}${label ? ` ${label}` : ''},${t.audioState(p.muted)},${t.videoState(p.video)}`;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');

export interface RowView {
  readonly element: HTMLElement;
  update(p: ZoomParticipant, index: number): void;
}

/** `onMore(opener)` opens the row menu for whoever the row shows at the time of the click. */
export function createRow(ctx: ZoomContext, onMic: () => void, onMore: (opener: HTMLElement) => void): RowView {
  const { doc, t } = ctx;
  const avatar = h(doc, 'span', { class: 'participants-item__avatar', 'aria-hidden': 'true' });
  const name = h(doc, 'span', { class: 'participants-item__display-name' });
  const label = h(doc, 'span', { class: 'participants-item__name-label' });
  const micIcon = h(doc, 'i', {});
  const mic = h(doc, 'button', { type: 'button', class: 'participants-icon__action btn' }, micIcon);
  const videoIcon = h(doc, 'i', {});
  const video = h(doc, 'button', { type: 'button', class: 'participants-icon__action btn' }, videoIcon);
  const more = h(
    doc,
    'button',
    {
      type: 'button',
      class: 'participants-icon__action btn participants-item__more-btn',
      title: t.moreOptions,
      'aria-label': t.moreOptions,
    },
    h(doc, 'i', { class: 'participants-icon__more' }),
  );
  mic.addEventListener('click', onMic);
  more.addEventListener('click', () => onMore(more));
  const row = h(
    doc,
    'div',
    { class: 'item-pos participants-li', role: 'application', tabindex: '-1' },
    h(
      doc,
      'div',
      { class: 'participants-item__item-layout' },
      h(
        doc,
        'div',
        { class: 'participants-item__left-section' },
        avatar,
        h(doc, 'span', { class: 'participants-item__name-section' }, name, label),
      ),
      h(
        doc,
        'div',
        { class: 'participants-item__right-section participants-item__right-section--icons' },
        mic,
        video,
        more,
      ),
    ),
  );
  const element = h(doc, 'div', { class: 'participants-item-position', style: '' }, row);
  return {
    element,
    update(p, index) {
      sync(
        element,
        'style',
        `position: absolute; left: 0px; top: ${index * ROW_HEIGHT}px; height: ${ROW_HEIGHT}px; width: 100%;`,
      );
      sync(row, 'id', `participants-list-${index}`);
      sync(row, 'aria-label', rowAriaLabel(t, p));
      syncText(avatar, initials(p.name));
      syncText(name, p.name);
      syncText(label, roleLabel(t, p));
      const micTitle = p.muted ? (p.self ? t.unmute : t.askToUnmute) : t.mute;
      sync(mic, 'title', micTitle);
      sync(mic, 'aria-label', micTitle);
      sync(
        micIcon,
        'class',
        `participants-icon__participant-audio participants-icon__participant-audio--${p.muted ? 'muted' : 'unmuted'}`,
      );
      const videoTitle = p.video ? t.stopVideo : t.startVideo;
      sync(video, 'title', videoTitle);
      sync(video, 'aria-label', videoTitle);
      sync(
        videoIcon,
        'class',
        `participants-icon__participant-video participants-icon__participant-video--${p.video ? 'started' : 'stopped'}`,
      );
    },
  };
}
