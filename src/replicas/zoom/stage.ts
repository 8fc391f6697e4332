import type { ZoomContext } from './context';
import { h, replaceChildren } from './dom';
import type { ZoomParticipant } from './model';

/** Gallery View's default page size (capture §3.3: "25 participants"). */
const GALLERY_PAGE = 25;

/*
 * The stage `#wc-container-left` (capture §1): toasts, header, the video/share layout and the
 * toolbar. A share by someone else mounts `.sharing-layout` with `#sharee-container` and its
 * indicator "You are viewing <Name>'s screen" (`.sharee-container__indicator` >
 * `.sharee-sharing-indicator__tip`; meeting-dom.md §1.3, JSX reproduction file #36335233307);
 * when the share ends the whole layout unmounts, as React does.
 */
export function renderStage(ctx: ZoomContext, toolbar: HTMLElement, toasts: HTMLElement): HTMLElement {
  const { doc, t, model } = ctx;
  const self = model.participants.find((p) => p.self)!;
  const topic = h(doc, 'span', { class: 'meeting-info-icon__title' }, t.topic(self.name));
  const header = h(
    doc,
    'div',
    { class: 'meeting-header' },
    h(
      doc,
      'div',
      { class: 'meeting-info-icon__icon-wrap' },
      h(
        doc,
        'button',
        { id: 'meeting-info-indication', type: 'button', 'aria-label': t.meetingInformation, 'aria-expanded': 'false' },
        topic,
      ),
    ),
    h(doc, 'div', { class: 'meeting-header__info-side' }),
  );
  const gallery = h(doc, 'div', { class: 'gallery-video-container__main-view' });
  const player = doc.createElement('video-player-container');
  player.append(gallery);
  const videoPane = h(doc, 'div', { class: 'Pane Pane2' }, h(doc, 'div', { class: 'main-layout' }, player));
  const split = h(doc, 'div', { class: 'SplitPane vertical' }, videoPane);
  const layout = h(
    doc,
    'div',
    { id: 'wc-video-caption-split' },
    h(
      doc,
      'div',
      { id: 'video-pip-container' },
      h(doc, 'div', { id: 'video-share-layout', class: 'video-share-layout' }, split),
    ),
  );
  let sharePane: HTMLElement | null = null;
  let shown = '';

  const renderTiles = () =>
    replaceChildren(
      gallery,
      ...model
        .ordered()
        .slice(0, GALLERY_PAGE)
        .map((p) => tile(ctx, p)),
    );
  const renderShare = () => {
    const sharer = model.stageSharer();
    const key = sharer && !sharer.self ? `${sharer.id}\n${sharer.name}` : '';
    if (key === shown) return;
    shown = key;
    sharePane?.remove();
    sharePane = null;
    if (!sharer || sharer.self) return;
    sharePane = h(doc, 'div', { class: 'Pane Pane1' }, shareLayout(ctx, sharer));
    split.prepend(sharePane);
  };
  model.onChange((change) => {
    if (change === 'roster') renderTiles();
    if (change === 'share' || change === 'roster') renderShare();
  });
  renderTiles();
  renderShare();
  return h(doc, 'div', { id: 'wc-container-left' }, toasts, header, layout, toolbar);
}

function tile(ctx: ZoomContext, p: ZoomParticipant): HTMLElement {
  const { doc } = ctx;
  const avatar = h(
    doc,
    'div',
    { class: 'video-avatar__avatar' },
    p.video
      ? null
      : h(
          doc,
          'div',
          { class: 'video-avatar__avatar-title' },
          h(doc, 'span', { class: 'video-avatar__avatar-name' }, p.name),
        ),
    h(doc, 'div', { class: 'video-avatar__avatar-footer' }, h(doc, 'span', {}, p.name)),
  );
  return h(doc, 'div', { class: 'gallery-video-container__video-frame react-draggable' }, avatar);
}

function shareLayout(ctx: ZoomContext, sharer: ZoomParticipant): HTMLElement {
  const { doc, t } = ctx;
  const options = h(
    doc,
    'button',
    {
      id: 'sharingViewOptions',
      type: 'button',
      'aria-label': 'sharing view options',
      'aria-haspopup': 'true',
      class: 'sharee-sharing-indicator__dropdown-button dropdown-toggle btn btn-default',
    },
    t.viewOptions,
  );
  const indicator = h(
    doc,
    'div',
    { class: 'sharee-container__indicator' },
    h(
      doc,
      'div',
      { class: 'sharee-sharing-indicator', role: 'presentation' },
      h(doc, 'div', { class: 'sharee-sharing-indicator__tip' }, t.viewingScreen(sharer.name)),
      h(doc, 'div', { class: 'sharee-sharing-indicator__dropdown dropdown btn-group' }, options),
    ),
  );
  const viewport = h(
    doc,
    'div',
    { class: 'sharee-container__viewport react-draggable', role: 'presentation' },
    h(doc, 'canvas', { class: 'sharee-container__canvas', width: '1920', height: '1080' }),
  );
  return h(
    doc,
    'div',
    { class: 'sharing-layout' },
    h(doc, 'div', { id: 'sharee-container', class: 'sharee-container' }, indicator, viewport),
  );
}
