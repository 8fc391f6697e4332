import type { Ctx } from './context';
import type { Person } from './model';
import { fui, h, setAttr, setText } from './dom';
import { RosterRow } from './roster-row';

/*
 * The attendee tree: `[role="tree"][aria-label="Attendees"]`, class fui-FlatTree, data-tid
 * "calling-roster" (meeting-dom.md §3.1). The "In this meeting (N)" section header is a level-1
 * tree item whose title carries id `roster-title-section-2`. v1 was react-virtualized and v2 is
 * not confirmed either way, so the replica virtualises: only the rows in view of the scroll
 * container (plus a few) are in the DOM, computed from scrollTop with fixed 44 px rows.
 */
export const ROW_HEIGHT = 44;
const DEFAULT_VIEWPORT = 528;
const OVERSCAN = 3;

export class RosterList {
  readonly tree: HTMLElement;
  private readonly header: HTMLElement;
  private readonly title: HTMLElement;
  private readonly rows = new Map<string, RosterRow>();

  constructor(
    private readonly ctx: Ctx,
    private readonly scroller: HTMLElement,
    private readonly openMenu: (row: RosterRow, trigger: HTMLElement) => void,
  ) {
    const { doc, t } = ctx;
    this.title = h(doc, 'span', { id: 'roster-title-section-2' });
    this.header = h(
      doc,
      'div',
      { role: 'treeitem', 'aria-level': '1', 'aria-expanded': 'true', tabindex: '0', class: fui('TreeItem') },
      h(
        doc,
        'div',
        { class: fui('TreeItemLayout') },
        h(doc, 'div', { class: fui('TreeItemLayout__main') }, this.title),
      ),
    );
    this.header.style.height = `${ROW_HEIGHT}px`;
    this.tree = h(doc, 'div', {
      role: 'tree',
      'aria-label': t.attendeesTree,
      'data-tid': 'calling-roster',
      class: fui('FlatTree'),
    });
    scroller.addEventListener('scroll', () => this.render());
  }

  /** Self first, then in join order (the organizer's own row leads the list). */
  private people(): Person[] {
    const all = this.ctx.meeting.people;
    return [...all.filter((p) => p.self), ...all.filter((p) => !p.self)];
  }

  render(): void {
    const people = this.people();
    setText(this.title, this.ctx.t.inThisMeeting(people.length));
    setAttr(this.header, 'aria-setsize', '1');
    setAttr(this.header, 'aria-posinset', '1');
    const total = people.length + 1;
    const viewport = this.scroller.clientHeight || DEFAULT_VIEWPORT;
    const top = Math.max(0, this.scroller.scrollTop);
    const start = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    const end = Math.min(total, Math.ceil((top + viewport) / ROW_HEIGHT) + OVERSCAN);
    const wanted: HTMLElement[] = [];
    const keep = new Set<string>();
    for (let index = start; index < end; index++) {
      if (index === 0) {
        wanted.push(this.header);
        continue;
      }
      const person = people[index - 1]!;
      keep.add(person.id);
      let row = this.rows.get(person.id);
      if (row) row.update(person);
      else this.rows.set(person.id, (row = new RosterRow(this.ctx, person, this.openMenu)));
      setAttr(row.el, 'aria-setsize', String(people.length));
      setAttr(row.el, 'aria-posinset', String(index));
      wanted.push(row.el);
    }
    for (const [id, row] of this.rows) {
      if (!keep.has(id)) {
        row.el.remove();
        this.rows.delete(id);
      }
    }
    this.place(wanted);
    const padTop = `${start * ROW_HEIGHT}px`;
    const padBottom = `${(total - end) * ROW_HEIGHT}px`;
    if (this.tree.style.paddingTop !== padTop) this.tree.style.paddingTop = padTop;
    if (this.tree.style.paddingBottom !== padBottom) this.tree.style.paddingBottom = padBottom;
  }

  /** Keyed reconcile: move only what moved, so unchanged rows cause no mutations. */
  private place(wanted: HTMLElement[]): void {
    wanted.forEach((el, i) => {
      const at = this.tree.children[i];
      if (at !== el) this.tree.insertBefore(el, at ?? null);
    });
    while (this.tree.children.length > wanted.length) this.tree.lastElementChild!.remove();
  }
}
