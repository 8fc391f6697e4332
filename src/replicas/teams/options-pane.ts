import type { Ctx } from './context';
import type { ChatMode, MeetingSettings, WhoCanPresent } from './model';
import { fui, h, setAttr } from './dom';
import { fluentDropdown, fluentSwitch } from './form-controls';

/*
 * Meeting options in the meeting's side pane ("More actions > Settings > Meeting options … A
 * panel will open on the right", support.microsoft.com and university guides, 2024-2026).
 * Categories are tabs: "Audio & video" holds "Allow mic for attendees" / "Allow camera for
 * attendees" (MS: "Select Audio & video. Turn off the … toggles. Select Save."), "Roles" holds
 * "Who can present?", "Participation" holds "Meeting chat" On / Off / In-meeting only. Nothing
 * applies before "Save"; after saving the pane shows the meeting's settings again.
 */
type Tab = 'lobby' | 'audioVideo' | 'roles' | 'participation';
type Draft = Omit<MeetingSettings, 'locked'>;

export class OptionsPane {
  readonly el: HTMLElement;
  private draft: Draft;
  private tab: Tab = 'lobby';
  private readonly body: HTMLElement;
  private readonly save: HTMLButtonElement;

  constructor(
    private readonly ctx: Ctx,
    onClose: () => void,
  ) {
    const { doc, t } = ctx;
    this.draft = this.fromMeeting();
    this.body = h(doc, 'div', { class: 'tgr-scroller' });
    this.save = h(doc, 'button', { type: 'button', class: fui('Button'), disabled: true }, t.save);
    this.save.addEventListener('click', () => this.onSave());
    const close = h(doc, 'button', { type: 'button', class: fui('Button'), 'aria-label': t.close });
    close.addEventListener('click', onClose);
    this.el = h(
      doc,
      'div',
      { role: 'region', 'aria-label': t.meetingOptions, class: 'tgr-pane' },
      h(doc, 'div', { class: 'tgr-pane__header' }, h(doc, 'h2', { class: fui('Text') }, t.meetingOptions), close),
      this.body,
    );
    ctx.later(() => this.renderBody());
  }

  private fromMeeting(): Draft {
    const { locked: _locked, ...rest } = this.ctx.meeting.settings;
    return { ...rest };
  }

  private dirty(): boolean {
    const now = this.fromMeeting();
    return (Object.keys(now) as (keyof Draft)[]).some((key) => now[key] !== this.draft[key]);
  }

  private change(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
    this.save.disabled = !this.dirty();
  }

  private onSave(): void {
    const draft = { ...this.draft };
    this.save.disabled = true;
    this.ctx.later(() => {
      this.ctx.host.saveOptions(draft);
      this.draft = this.fromMeeting();
      this.renderBody();
    });
  }

  private renderBody(): void {
    const { doc, t } = this.ctx;
    const tabs = h(doc, 'div', { role: 'tablist', 'aria-label': t.meetingOptions, class: fui('TabList') });
    for (const tab of ['lobby', 'audioVideo', 'roles', 'participation'] as Tab[]) {
      const button = h(doc, 'button', { type: 'button', role: 'tab', class: fui('Tab') }, t.tabs[tab]);
      setAttr(button, 'aria-selected', String(tab === this.tab));
      button.addEventListener('click', () => {
        this.tab = tab;
        this.renderBody();
      });
      tabs.append(button);
    }
    const panel = h(doc, 'div', { role: 'tabpanel', 'aria-label': t.tabs[this.tab] }, ...this.controls());
    this.save.disabled = !this.dirty();
    this.body.replaceChildren(tabs, panel, h(doc, 'div', { class: 'tgr-pane__footer' }, this.save));
  }

  private controls(): HTMLElement[] {
    const { ctx } = this;
    const { t } = ctx;
    const d = () => this.draft;
    switch (this.tab) {
      case 'lobby':
        return [
          fluentDropdown(
            ctx,
            t.whoCanBypass,
            t.bypassValues.map((text, i) => ({ value: String(i), text })),
            () => String(d().bypass),
            (v) => this.change({ bypass: Number(v) }),
          ),
        ];
      case 'audioVideo':
        return [
          fluentSwitch(
            ctx,
            t.allowMicSwitch,
            () => d().allowMic,
            (on) => this.change({ allowMic: on }),
          ),
          fluentSwitch(
            ctx,
            t.allowCameraSwitch,
            () => d().allowCamera,
            (on) => this.change({ allowCamera: on }),
          ),
        ];
      case 'roles':
        return [
          fluentDropdown<WhoCanPresent>(
            ctx,
            t.whoCanPresent,
            (['everyone', 'org', 'specific', 'organizers'] as const).map((value) => ({
              value,
              text: t.presentValues[value],
            })),
            () => d().whoCanPresent,
            (v) => this.change({ whoCanPresent: v }),
          ),
        ];
      case 'participation':
        return [
          fluentDropdown<ChatMode>(
            ctx,
            t.meetingChat,
            (['on', 'off', 'inMeeting'] as const).map((value) => ({ value, text: t.chatValues[value] })),
            () => d().chat,
            (v) => this.change({ chat: v }),
          ),
        ];
    }
  }
}
