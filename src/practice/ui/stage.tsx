import type { MeetingState, Participant } from '../model/types';
import { initialOf } from './participant-row';

/** Gallery page size: like real clients, a big meeting shows a page of tiles, not everyone. */
const GALLERY_PAGE = 25;
const STRIP_PAGE = 6;

/**
 * Video tiles, or the share view while someone shares. The shared "screen" is a plain CSS card
 * reading "TEST: offensive content": a drill never shows an image.
 */
export function Stage({ state }: { state: MeetingState }) {
  const sharer = state.sharerId ? state.participants.find((p) => p.id === state.sharerId) : undefined;
  const page = sharer ? STRIP_PAGE : GALLERY_PAGE;
  const tiles = state.participants.slice(0, page);
  const more = state.participants.length - tiles.length;
  return (
    <main id="pm-stage" class={`pm-stage${sharer ? ' pm-stage--sharing' : ''}`} aria-label="Meeting stage">
      {sharer && (
        <section id="pm-share-view" class="pm-share-view" data-participant-id={sharer.id} aria-label="Shared screen">
          <div class="pm-share-view__indicator" role="status">
            You are viewing <bdi class="pm-share-view__name">{sharer.name}</bdi>'s screen
          </div>
          <div class="pm-share-card">TEST: offensive content</div>
        </section>
      )}
      <div class={`pm-gallery${sharer ? ' pm-gallery--strip' : ''}`}>
        {tiles.map((p) => (
          <Tile key={p.id} participant={p} />
        ))}
        {more > 0 && <div class="pm-tile pm-tile--more">+{more}</div>}
      </div>
    </main>
  );
}

function Tile({ participant: p }: { participant: Participant }) {
  return (
    <div class="pm-tile">
      <span class="pm-tile__avatar" aria-hidden="true">
        {initialOf(p.name)}
      </span>
      <span class="pm-tile__footer">
        {p.muted && <span class="pm-icon pm-icon--muted" role="img" aria-label="Muted" />}
        <bdi class="pm-tile__name">{p.name}</bdi>
      </span>
    </div>
  );
}
