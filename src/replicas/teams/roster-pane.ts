import type { Ctx } from './context';
import { fui, h } from './dom';
import { openMenu } from './menu';
import { confirmMuteAll, paneMenuItems } from './pane-menu';
import { RosterList } from './roster-list';
import { rowMenuItems } from './row-menu';

/*
 * The People side pane: `div[data-tid="calling-roster-wrapper"]` with the "Participants" header,
 * its "Mute all" button and "More actions" menu, and the scrolling
 * `div[data-tid="calling-roster-attendees"]` around the attendee tree (meeting-dom.md §3.1). The
 * pane frame appears at once; the tree after `delayMs`, as the roster loads.
 */
export class RosterPane {
  readonly el: HTMLElement;
  private list: RosterList | null = null;

  constructor(
    private readonly ctx: Ctx,
    onClose: () => void,
  ) {
    const { doc, t } = ctx;
    const muteAll = h(doc, 'button', { type: 'button', class: fui('Button') }, t.muteAll);
    muteAll.addEventListener('click', () => confirmMuteAll(ctx));
    const more = h(doc, 'button', {
      type: 'button',
      id: ctx.id('roster-pane-more'),
      class: fui('Button'),
      'aria-label': t.paneMore,
      title: t.paneMore,
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
    });
    more.addEventListener('click', () => openMenu(ctx, more, () => paneMenuItems(ctx)));
    const close = h(doc, 'button', { type: 'button', class: fui('Button'), 'aria-label': t.close });
    close.addEventListener('click', onClose);
    const scroller = h(doc, 'div', { 'data-tid': 'calling-roster-attendees', class: 'tgr-scroller' });
    this.el = h(
      doc,
      'div',
      { role: 'region', 'aria-label': t.participantsTitle, 'data-tid': 'calling-roster-wrapper', class: 'tgr-pane' },
      h(
        doc,
        'div',
        { class: 'tgr-pane__header' },
        h(doc, 'h2', { class: fui('Text') }, t.participantsTitle),
        muteAll,
        more,
        close,
      ),
      scroller,
    );
    ctx.later(() => {
      if (!this.el.isConnected) return;
      this.list = new RosterList(ctx, scroller, (row, trigger) =>
        openMenu(ctx, trigger, () => rowMenuItems(ctx, row.current)),
      );
      scroller.append(this.list.tree);
      this.list.render();
    });
  }

  render(): void {
    this.list?.render();
  }
}
