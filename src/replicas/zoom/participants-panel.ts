import { act, type ZoomContext } from './context';
import { openMuteAllDialog } from './confirm-dialogs';
import { h, replaceChildren, sync, syncText } from './dom';
import { admit } from './meeting';
import type { ZoomParticipant } from './model';
import { panelShell, type Panel } from './panel-shell';
import { createParticipantList } from './participant-list';
import { openRowMenu } from './row-menu';

/*
 * The Participants panel (capture §8; operator doc 4d): `.participants-section-container`
 * (dark variant `--dark`) in the panel shell, title `span[aria-label="Participants (N)"]`, the
 * virtualised list, and the footer `.participants-section-container__participants-footer-bottom`
 * with the pills Invite · Mute All · More (class `__buttom-button`, sic). Closed at mount: the
 * frame shows at once, the list and footer after the client's delay. A waiting room section with
 * Admit appears above the list while someone waits (Portuguese host script, meeting-dom.md §1.4).
 */
export function createParticipantsPanel(ctx: ZoomContext): Panel {
  const { doc, t, model } = ctx;
  const shell = panelShell(ctx, '', 'particpant-header__close-right', () => ctx.ui.close('participants'));
  const titleText = h(doc, 'span', {});
  shell.title.classList.add('participants-header__title');
  shell.title.append(titleText);
  const container = h(
    doc,
    'div',
    { class: 'participants-section-container participants-section-container--dark' },
    shell.header,
  );
  shell.element.replaceChildren(container);

  const onMic = (p: ZoomParticipant) => {
    // A host mutes an unmuted participant at once; "Ask to Unmute" only asks.
    if (p.self) act(ctx, () => ((p.muted = !p.muted), model.changed('roster')));
    else if (!p.muted) act(ctx, () => ((p.muted = true), model.changed('roster')));
  };
  const list = createParticipantList(ctx, onMic, (opener, p) => openRowMenu(ctx, opener, p));
  const waiting = h(doc, 'div', { class: 'waiting-room-list-container' });
  const pill = (text: string, onClick: () => void) => {
    const button = h(doc, 'button', { type: 'button', class: 'participants-section-container__buttom-button' }, text);
    button.addEventListener('click', onClick);
    return button;
  };
  const more = pill(t.more, () =>
    ctx.menus.toggle(more, {
      style: 'caret',
      host: footer,
      className: 'participant-host-dropdown',
      entries: () => [
        { text: t.askAllToUnmute, onSelect: () => undefined },
        { text: t.muteAllUponEntry, onSelect: () => undefined },
        { text: t.hostToolsForParticipants, onSelect: () => ctx.ui.openHostTools('participants') },
      ],
    }),
  );
  const footer = h(
    doc,
    'div',
    { class: 'participants-section-container__participants-footer' },
    h(
      doc,
      'div',
      { class: 'participants-section-container__participants-footer-bottom window-content-bottom' },
      pill(t.invite, () => undefined),
      pill(t.muteAll, () => openMuteAllDialog(ctx)),
      more,
    ),
  );

  const renderWaiting = () => {
    if (model.waiting.length === 0) return replaceChildren(waiting);
    const rows = model.waiting.map((p) => {
      const button = h(doc, 'button', { type: 'button', class: 'waiting-room-list__admit' }, t.admit);
      button.addEventListener('click', () => act(ctx, () => admit(model, p.id)));
      return h(
        doc,
        'div',
        { class: 'waiting-room-list__item' },
        h(doc, 'span', { class: 'participants-item__display-name' }, p.name),
        button,
      );
    });
    replaceChildren(
      waiting,
      h(doc, 'div', { class: 'waiting-room-list__title' }, t.waitingRoom(model.waiting.length)),
      ...rows,
    );
  };
  const renderTitle = () => {
    const title = t.participantsTitle(model.participants.length);
    syncText(titleText, title);
    sync(titleText, 'aria-label', title);
  };
  const unsubscribe = model.onChange((change) => {
    renderTitle();
    if (change === 'roster') list.render();
    if (change === 'waiting') renderWaiting();
  });
  renderTitle();
  const cancel = ctx.scheduler.later(() => {
    list.render();
    renderWaiting();
    container.append(
      h(doc, 'div', { class: 'participants-section-container__participants-list' }, waiting, list.element),
      footer,
    );
  });
  return {
    element: shell.element,
    dispose: () => {
      cancel();
      unsubscribe();
    },
  };
}
