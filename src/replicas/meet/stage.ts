import type { ReplicaParticipant } from '../replica';
import { AVATAR_SRC, liveAttr, type ViewContext } from './context';
import { clear, h, icon } from './dom';

/** Meet's auto layout shows at most a few tiles (engagium: "9-16 max"); presentations first. */
const MAX_TILES = 16;

/*
 * The stage (`main`): video tiles with `data-participant-id`, `data-requested-participant-id`
 * and `data-self-name` (which despite its name carries each tile's name), the name in a
 * `span.notranslate` leaf (meeting-dom.md §2.1). A presentation is its own tile named
 * "<Name> (Presentation)" (RollTrack skips /\(presentation\)\s*$/i as not-a-person).
 */
export function renderStage(ctx: ViewContext, stage: HTMLElement): void {
  clear(stage);
  const tiles: HTMLElement[] = [];
  for (const person of ctx.model.people) {
    const presentationId = ctx.model.presentationIds.get(person.id);
    if (person.sharing && presentationId)
      tiles.push(tile(ctx, presentationId, `${person.name} ${ctx.t.presentation}`, true));
  }
  for (const person of ctx.model.people) {
    if (tiles.length >= MAX_TILES) break;
    tiles.push(personTile(ctx, person));
  }
  stage.append(...tiles.slice(0, MAX_TILES));
}

function personTile(ctx: ViewContext, person: ReplicaParticipant): HTMLElement {
  const element = tile(ctx, person.id, person.name, false);
  if (person.muted) element.append(icon(ctx.doc, 'mic_off'));
  return element;
}

function tile(ctx: ViewContext, id: string, name: string, presentation: boolean): HTMLElement {
  const { doc, cls } = ctx;
  return h(
    doc,
    'div',
    {
      class: cls(presentation ? 'presentationTile' : 'tile'),
      jsname: liveAttr(ctx, 'E2KThb'),
      'data-participant-id': liveAttr(ctx, id),
      'data-requested-participant-id': liveAttr(ctx, id),
      'data-self-name': liveAttr(ctx, name),
    },
    presentation
      ? h(doc, 'div', { class: cls('screen') })
      : h(doc, 'img', { class: cls('tileAvatar'), src: AVATAR_SRC, alt: '' }),
    h(doc, 'div', { class: cls('tileName') }, h(doc, 'span', { class: `${cls('tileNameText')} notranslate` }, name)),
    icon(doc, 'more_vert'),
  );
}
