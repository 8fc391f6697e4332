import type { Ctx } from './context';
import type { Person } from './model';
import { fui, h, setAttr, setText } from './dom';

/*
 * One attendee row of the v2 roster (meeting-dom.md §3.1, [solid], 2026-11): a Fluent FlatTree
 * item whose data-tid is `participantsInCall-<display name>`, tagged data-cid="roster-participant",
 * aria-label "<name>, <role>, <mic>" as a French live probe read it ("Ludovic BENOIT,
 * Organisateur, Micro désactivé", 2026-09). The name sits in `[id^="roster-avatar-img-"]`, the
 * organizer tag in `span[data-tid="ts-roster-organizer-status"]`. Like every Fluent tree item
 * layout, the "More options" action renders only while the row is hovered or focused.
 */
export class RosterRow {
  readonly el: HTMLElement;
  private readonly nameEl: HTMLElement;
  private readonly initials: HTMLElement;
  private readonly avatar: HTMLElement;
  private readonly description: HTMLElement;
  private readonly aside: HTMLElement;
  private readonly layout: HTMLElement;
  private actions: HTMLElement | null = null;
  private hovered = false;

  constructor(
    private readonly ctx: Ctx,
    private person: Person,
    private readonly openMenu: (row: RosterRow, trigger: HTMLElement) => void,
  ) {
    const { doc } = ctx;
    this.initials = h(doc, 'span', { class: fui('Avatar__initials') });
    this.avatar = h(doc, 'span', { role: 'img', class: fui('Avatar') }, this.initials);
    this.nameEl = h(doc, 'span', { id: `roster-avatar-img-${person.mri}` });
    this.description = h(doc, 'div', { class: fui('TreeItemPersonaLayout__description') });
    this.aside = h(doc, 'div', { class: fui('TreeItemPersonaLayout__aside') });
    this.layout = h(
      doc,
      'div',
      { class: fui('TreeItemPersonaLayout') },
      h(doc, 'div', { class: fui('TreeItemPersonaLayout__media') }, this.avatar),
      h(
        doc,
        'div',
        { class: fui('TreeItemPersonaLayout__content') },
        h(doc, 'div', { class: fui('TreeItemPersonaLayout__main') }, this.nameEl),
        this.description,
      ),
      this.aside,
    );
    this.el = h(
      doc,
      'div',
      { role: 'treeitem', 'aria-level': '2', tabindex: '-1', class: fui('TreeItem') },
      this.layout,
    );
    this.el.style.height = '44px';
    this.el.addEventListener('mouseover', () => this.setHovered(true));
    this.el.addEventListener('focusin', () => this.setHovered(true));
    this.el.addEventListener('mouseleave', () => this.setHovered(false));
    this.el.addEventListener('contextmenu', (event) => {
      event.preventDefault();
      this.openMenu(this, this.el);
    });
    this.update(person);
  }

  get current(): Person {
    return this.person;
  }

  update(person: Person): void {
    this.person = person;
    const { t } = this.ctx;
    const isOrganizer = person.teamsRole === 'organizer';
    const label = [person.name, isOrganizer ? t.organizer : null, person.muted ? t.muted : t.unmuted];
    setAttr(this.el, 'data-tid', `participantsInCall-${person.name}`);
    setAttr(this.el, 'data-cid', 'roster-participant');
    setAttr(this.el, 'aria-label', label.filter(Boolean).join(', '));
    setAttr(this.avatar, 'aria-label', person.name);
    setText(this.initials, initialsOf(person.name));
    setText(this.nameEl, person.name);
    this.renderOrganizerTag(isOrganizer);
    this.renderMic(person.muted);
  }

  private renderOrganizerTag(on: boolean): void {
    const tag = this.description.firstElementChild;
    if (on && !tag) {
      const doc = this.ctx.doc;
      this.description.append(h(doc, 'span', { 'data-tid': 'ts-roster-organizer-status' }, this.ctx.t.organizer));
    } else if (!on && tag) tag.remove();
  }

  private renderMic(muted: boolean): void {
    const icon = this.aside.firstElementChild;
    if (icon && icon.getAttribute('data-cid') === (muted ? 'roster-participant-muted' : 'roster-participant-unmuted'))
      return;
    const doc = this.ctx.doc;
    const next = h(doc, 'span', {
      role: 'img',
      'data-cid': muted ? 'roster-participant-muted' : 'roster-participant-unmuted',
      'aria-label': muted ? this.ctx.t.muted : this.ctx.t.unmuted,
    });
    if (icon) icon.replaceWith(next);
    else this.aside.append(next);
  }

  /** Fluent shows a tree item layout's actions only on hover / focus. */
  setHovered(on: boolean): void {
    if (on === this.hovered) return;
    this.hovered = on;
    if (on) {
      const doc = this.ctx.doc;
      const button = h(doc, 'button', {
        type: 'button',
        class: fui('Button'),
        id: this.ctx.id('roster-more'),
        'aria-label': this.ctx.t.rowMore,
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
      });
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        this.openMenu(this, button);
      });
      this.actions = h(doc, 'div', { class: fui('TreeItemPersonaLayout__actions') }, button);
      this.layout.append(this.actions);
    } else if (this.actions?.querySelector('[aria-expanded="true"]') === null) {
      this.actions.remove();
      this.actions = null;
    } else {
      this.hovered = true;
    }
  }
}

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '')).toUpperCase();
}
