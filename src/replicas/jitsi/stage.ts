/*
 * The video space (large-video/components/LargeVideo.web.tsx, filmstrip/components/web/*):
 * `#largeVideoContainer` with `video#largeVideo`, and the filmstrip `#remoteVideos` of
 * `span.videocontainer` thumbnails (`#localVideoContainer`, `#participant_<id>`, names in
 * `#participant_<id>_name`). In multi-stream mode a remote share is a virtual participant
 * `<ownerId>-v1` (its own thumbnail `#participant_<ownerId>-v1` with the `svg#share-desktop`
 * indicator, named "<Name>'s screen") that is auto-pinned to the large video, where
 * `[data-testid="stage-display-name"]` shows its name (StageParticipantNameLabel.tsx).
 * The real filmstrip is a react-window list; the replica paints screenshares, then the first
 * few camera thumbnails, as a window of it.
 */
import type { Ctx } from './context';
import { h, icon, replaceChildren, tss } from './dom';
import type { Person } from './model';

/** How many remote camera thumbnails the (virtualised) filmstrip window shows. */
const FILMSTRIP_WINDOW = 8;

function thumbnail(ctx: Ctx, id: string, name: string, screenshare: boolean): HTMLElement {
  const { doc } = ctx;
  const top = h(doc, 'div', { class: tss('indicatorsContainer') });
  if (screenshare) top.append(h(doc, 'div', { class: 'indicator-container' }, icon(doc, { svgId: 'share-desktop' })));
  return h(
    doc,
    'span',
    { class: `videocontainer ${tss('tile')}`, id: `participant_${id}`, tabindex: '0' },
    h(doc, 'div', { class: tss('containerBackground') }),
    top,
    h(
      doc,
      'div',
      { class: tss('indicatorsContainer') },
      h(
        doc,
        'div',
        { class: tss('indicatorsBackground') },
        h(doc, 'span', { class: `displayname ${tss('displayName')}`, id: `participant_${id}_name` }, name),
      ),
    ),
  );
}

export function mountStage(ctx: Ctx, into: HTMLElement): void {
  const { doc, model, s } = ctx;
  const stageName = h(doc, 'div', { class: tss('badgeContainer'), 'data-testid': 'stage-display-name' });
  const avatar = h(doc, 'div', { id: 'dominantSpeakerAvatarContainer' });
  const large = h(
    doc,
    'div',
    { class: 'videocontainer', id: 'largeVideoContainer' },
    h(doc, 'div', { id: 'etherpad' }),
    h(doc, 'div', { id: 'dominantSpeaker' }, h(doc, 'div', { class: 'dynamic-shadow' }), avatar),
    h(doc, 'div', { id: 'remotePresenceMessage' }),
    h(doc, 'span', { id: 'remoteConnectionMessage' }),
    h(
      doc,
      'div',
      { id: 'largeVideoElementsContainer' },
      h(doc, 'div', { id: 'largeVideoBackgroundContainer' }),
      h(
        doc,
        'div',
        { id: 'largeVideoWrapper' },
        h(doc, 'video', { autoplay: true, id: 'largeVideo', muted: true, playsinline: true }),
      ),
    ),
  );
  const remote = h(doc, 'div', { class: 'filmstrip__videos remote-videos', id: 'filmstripRemoteVideosContainer' });
  const localSlot = h(doc, 'div', { id: 'filmstripLocalVideoThumbnail' });
  const filmstrip = h(
    doc,
    'div',
    { class: `filmstrip ${tss('filmstrip')}` },
    h(
      doc,
      'div',
      { id: 'remoteVideos' },
      h(doc, 'div', { class: 'filmstrip__videos', id: 'filmstripLocalVideo' }, localSlot),
      h(doc, 'div', { id: 'filmstripRemoteVideos' }, remote),
    ),
  );
  into.append(large, filmstrip);

  const paint = () => {
    const sharers = model.sharers();
    const onStage: Person | undefined = sharers[0];
    replaceChildren(avatar);
    if (onStage) {
      replaceChildren(
        stageName,
        h(doc, 'div', { class: tss('badge') }, h(doc, 'span', {}, s.screenName(onStage.name))),
      );
      if (!stageName.isConnected) large.after(stageName);
    } else stageName.remove();
    const me = model.self();
    replaceChildren(localSlot, thumbnailLocal(ctx, me));
    replaceChildren(
      remote,
      ...sharers.map((person) => thumbnail(ctx, `${person.id}-v1`, s.screenName(person.name), true)),
      ...model
        .sorted()
        .filter((person) => !person.self)
        .slice(0, FILMSTRIP_WINDOW)
        .map((person) => thumbnail(ctx, person.id, person.name, false)),
    );
  };
  paint();
  ctx.cleanups.push(
    model.subscribe((change) => {
      if (change === 'roster' || change === 'share') paint();
    }),
  );
}

function thumbnailLocal(ctx: Ctx, me: Person): HTMLElement {
  const { doc } = ctx;
  return h(
    doc,
    'span',
    { class: `videocontainer ${tss('tile')}`, id: 'localVideoContainer' },
    h(
      doc,
      'div',
      { class: tss('indicatorsContainer') },
      h(doc, 'span', { class: `displayname ${tss('displayName')}`, id: 'localDisplayName' }, `${me.name} (me)`),
    ),
  );
}
