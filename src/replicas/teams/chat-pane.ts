import type { Ctx } from './context';
import type { ChatItem } from './model';
import { fui, h } from './dom';

/*
 * The meeting chat side pane: `#chat-pane-list` (meeting-dom.md §3.1 scrapers), messages with
 * `[data-tid="message-author-name"]` and `[data-tid="message-body-content"]` (a Playwright Teams
 * bot, meeting-dom.md §3.0), system lines as `.fui-ChatControlMessage` (joins and leaves). Teams
 * shows one side pane at a time, so this list exists only while Chat is open.
 */
export class ChatPane {
  readonly el: HTMLElement;
  private readonly list: HTMLElement;
  private readonly composer: HTMLElement;
  private shown = 0;

  constructor(private readonly ctx: Ctx) {
    const { doc, t } = ctx;
    this.list = h(doc, 'div', { id: 'chat-pane-list', role: 'list', 'aria-label': t.chatList });
    this.composer = h(doc, 'div', { class: 'tgr-composer' });
    this.el = h(
      doc,
      'div',
      { role: 'region', 'aria-label': t.chat, class: 'tgr-pane' },
      h(doc, 'div', { class: 'tgr-pane__header' }, h(doc, 'h2', { class: fui('Text') }, t.chat)),
      h(doc, 'div', { class: 'tgr-scroller' }, this.list),
      this.composer,
    );
    this.render();
  }

  render(): void {
    const { chat } = this.ctx.meeting;
    for (; this.shown < chat.length; this.shown++) this.list.append(this.item(chat[this.shown]!));
    const off = this.ctx.meeting.settings.chat === 'off';
    const text = off ? this.ctx.t.chatOff : '';
    if (this.composer.textContent !== text) this.composer.textContent = text;
  }

  private item(entry: ChatItem): HTMLElement {
    const { doc } = this.ctx;
    if (entry.kind === 'control') {
      return h(doc, 'div', { role: 'listitem' }, h(doc, 'div', { class: fui('ChatControlMessage') }, entry.text));
    }
    return h(
      doc,
      'div',
      { role: 'listitem', 'data-tid': 'chat-pane-item' },
      h(
        doc,
        'div',
        { class: fui('ChatMessage'), 'data-tid': 'chat-pane-message', 'data-mid': entry.id },
        h(doc, 'span', { 'data-tid': 'message-author-name' }, entry.author),
        h(doc, 'div', { 'data-tid': 'message-body-content' }, entry.text),
      ),
    );
  }
}
