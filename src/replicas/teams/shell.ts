import type { Ctx } from './context';
import { ChatPane } from './chat-pane';
import { fui, h } from './dom';
import { closeMenus } from './menu';
import { MEETING_TOPIC } from './names';
import { OptionsPane } from './options-pane';
import { RosterPane } from './roster-pane';
import { Stage } from './stage';
import { createToolbar, type Toolbar } from './toolbar';

/*
 * The in-call layout: header (topic, duration, your profile picture), the "meeting is locked"
 * banner, the stage, ONE side pane at a time (People, Chat or Meeting options: "Teams web only
 * renders one side panel at a time", meeting-dom.md §3.0) and the calling toolbar. The People
 * pane is closed at mount: an adapter has to open it to see the roster.
 */
type PanelId = 'people' | 'chat' | 'options';
type Panel = { id: PanelId; view: RosterPane | ChatPane | OptionsPane };

export class Shell {
  readonly el: HTMLElement;
  private readonly toolbar: Toolbar;
  private readonly stage: Stage;
  private readonly side: HTMLElement;
  private readonly banner: HTMLElement;
  private panel: Panel | null = null;
  private bannerDismissed = false;

  constructor(private readonly ctx: Ctx) {
    const { doc, t, meeting } = ctx;
    const self = meeting.people.find((p) => p.self)!;
    this.toolbar = createToolbar(ctx, (id) => this.toggle(id));
    this.stage = new Stage(ctx);
    this.side = h(doc, 'div', { class: 'tgr-side' });
    this.banner = h(doc, 'div', { class: 'tgr-banner' });
    const header = h(
      doc,
      'div',
      { class: 'tgr-header' },
      h(doc, 'span', { 'data-tid': 'calling-title' }, MEETING_TOPIC),
      h(doc, 'span', { 'data-tid': 'call-duration' }, '00:12'),
      h(doc, 'span', { 'data-tid': 'me-control-avatar', role: 'img', 'aria-label': t.profilePicture(self.name) }),
    );
    this.el = h(
      doc,
      'div',
      { class: `${fui('FluentProvider')} tgr-app`, dir: 'ltr' },
      header,
      this.banner,
      h(doc, 'div', { class: 'tgr-body' }, this.stage.el, this.side),
      this.toolbar.el,
    );
    this.render();
  }

  private toggle(id: PanelId): void {
    closeMenus();
    const same = this.panel?.id === id && id !== 'options';
    this.panel?.view.el.remove();
    this.panel = null;
    if (!same) {
      const close = () => this.closePanel();
      const view =
        id === 'people'
          ? new RosterPane(this.ctx, close)
          : id === 'chat'
            ? new ChatPane(this.ctx)
            : new OptionsPane(this.ctx, close);
      this.panel = { id, view };
      this.side.append(view.el);
    }
    this.toolbar.people.setAttribute('aria-pressed', String(this.panel?.id === 'people'));
    this.toolbar.chat.setAttribute('aria-pressed', String(this.panel?.id === 'chat'));
  }

  private closePanel(): void {
    this.panel?.view.el.remove();
    this.panel = null;
    this.toolbar.people.setAttribute('aria-pressed', 'false');
    this.toolbar.chat.setAttribute('aria-pressed', 'false');
  }

  render(): void {
    this.toolbar.render();
    this.stage.render();
    this.renderBanner();
    const view = this.panel?.view;
    if (view instanceof RosterPane || view instanceof ChatPane) view.render();
  }

  /** "This meeting is locked" banner with a `callingAlertDismissButton_` close (meeting-dom.md §3.2). */
  private renderBanner(): void {
    const { doc, t, meeting } = this.ctx;
    if (!meeting.settings.locked) this.bannerDismissed = false;
    const show = meeting.settings.locked && !this.bannerDismissed;
    if (show === this.banner.childElementCount > 0) return;
    if (!show) return this.banner.replaceChildren();
    const dismiss = h(doc, 'button', {
      type: 'button',
      'data-tid': 'callingAlertDismissButton_MeetingLocked',
      'aria-label': t.dismiss,
      class: fui('Button'),
    });
    dismiss.addEventListener('click', () => {
      this.bannerDismissed = true;
      this.banner.replaceChildren();
    });
    this.banner.append(h(doc, 'div', { role: 'status', class: fui('MessageBar') }, t.lockedBanner, dismiss));
  }
}
