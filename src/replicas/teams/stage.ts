import type { Ctx } from './context';
import type { Person } from './model';
import { fui, h, setAttr, setText } from './dom';

/*
 * The meeting stage. Video tiles are `[data-cid="calling-participant-stream"]` whose data-tid is
 * the person's address, with the name in `[data-tid="participant-info-nametag"]` and the speaking
 * ring `[data-tid="voice-level-stream-outline"]` (meeting-dom.md §3.2; a live probe, 2026-09: "a
 * room system sharing its screen (a second tile …)"). A screen share is one more stream, its
 * `data-stream-type` "ScreenSharing" where tiles say "Video" [uncertain: value not captured live].
 * The gallery shows at most 9 others; your own video sits apart in `[data-tid="myself-video"]`.
 */
const GALLERY = 9;

export class Stage {
  readonly el: HTMLElement;
  private readonly shareSlot: HTMLElement;
  private readonly gallery: HTMLElement;
  private readonly tiles = new Map<string, HTMLElement>();
  private share: { id: string; el: HTMLElement } | null = null;

  constructor(private readonly ctx: Ctx) {
    const { doc } = ctx;
    this.shareSlot = h(doc, 'div', { class: 'tgr-share' });
    this.gallery = h(doc, 'div', { class: 'tgr-gallery' });
    const self = h(doc, 'div', { 'data-tid': 'myself-video', class: 'tgr-tile tgr-tile--self' });
    this.el = h(doc, 'div', { role: 'main', class: 'tgr-stage' }, this.shareSlot, this.gallery, self);
    this.render();
  }

  render(): void {
    const { meeting } = this.ctx;
    this.renderShare(meeting.sharer());
    const shown = meeting.people.filter((p) => !p.self).slice(0, GALLERY);
    const keep = new Set(shown.map((p) => p.id));
    for (const [id, tile] of this.tiles) {
      if (!keep.has(id)) {
        tile.remove();
        this.tiles.delete(id);
      }
    }
    shown.forEach((person, i) => {
      let tile = this.tiles.get(person.id);
      if (!tile) this.tiles.set(person.id, (tile = this.stream(person, 'Video')));
      this.label(tile, person, 'Video');
      if (this.gallery.children[i] !== tile) this.gallery.insertBefore(tile, this.gallery.children[i] ?? null);
    });
  }

  private renderShare(sharer: Person | undefined): void {
    if (this.share && this.share.id !== sharer?.id) {
      this.share.el.remove();
      this.share = null;
    }
    if (sharer && !this.share) {
      this.share = { id: sharer.id, el: this.stream(sharer, 'ScreenSharing') };
      this.shareSlot.append(this.share.el);
    }
    if (sharer && this.share) this.label(this.share.el, sharer, 'ScreenSharing');
  }

  private stream(person: Person, type: string): HTMLElement {
    const { doc } = this.ctx;
    return h(
      doc,
      'div',
      { 'data-cid': 'calling-participant-stream', 'data-stream-type': type, role: 'menuitem', class: fui('Tile') },
      h(doc, 'div', { 'data-tid': 'voice-level-stream-outline', class: 'tgr-outline' }),
      h(doc, 'div', { 'data-tid': 'participant-info-nametag', class: 'tgr-nametag' }, person.name),
    );
  }

  /** Tile aria-label as scrapers read it: "Juan Pérez, video is on, muted, Context menu is available". */
  private label(tile: HTMLElement, person: Person, type: string): void {
    setAttr(tile, 'data-tid', person.upn);
    const tag = tile.querySelector('[data-tid="participant-info-nametag"]');
    if (tag) setText(tag, person.name);
    const { tile: words } = this.ctx.t;
    const parts =
      type === 'Video'
        ? [person.name, words.videoOff, person.muted ? words.muted : null, words.contextMenu]
        : [person.name, words.sharing];
    setAttr(tile, 'aria-label', parts.filter(Boolean).join(', '));
  }
}
