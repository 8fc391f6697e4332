/*
 * Notifications (notifications/components/web/Notification.tsx, notifications/actions.ts):
 * `#notifications-container` of `div[role=status][data-testid=<titleKey or descriptionKey>]`
 * with the title in a span, an optional description, action buttons whose data-testid is their
 * i18n key, and the close icon (`[data-testid="<key>-dismiss"]`, `svg#close-notification`).
 * Joins and leaves are batched by a 2 s trailing throttle into "<name> joined the meeting",
 * "<a> and <b> …", "<name> and many others …", and skipped above 30 participants
 * (SILENT_JOIN_THRESHOLD / SILENT_LEFT_THRESHOLD); they last 2.5 s (timeout "short").
 */
import type { Ctx } from './context';
import { h, icon, tss } from './dom';
import { admit, reject } from './host-ops';

const THROTTLE_MS = 2000;
const SHORT_MS = 2500;
const SILENT_THRESHOLD = 30;
const LOBBY_NOTIFICATION_ID = 'lobby-notify';

interface NotificationSpec {
  testId: string;
  uid: string;
  title: string;
  description?: string;
  actions?: { key: string; label: string; onClick: () => void }[];
  /** Omitted = sticky. */
  timeoutMs?: number;
}

export interface Notifier {
  joined(name: string): void;
  left(name: string): void;
  lobbyChanged(): void;
}

export function mountNotifications(ctx: Ctx, into: HTMLElement): Notifier {
  const { doc, model, s } = ctx;
  const container = h(doc, 'div', { class: tss('container'), id: 'notifications-container' });
  into.append(container);
  let counter = 0;

  const show = (spec: NotificationSpec) => {
    container.querySelector(`[id="${spec.uid}"]`)?.remove();
    const dismiss = () => note.remove();
    const close = h(
      doc,
      'div',
      { class: tss('closeIcon'), 'data-testid': `${spec.testId}-dismiss`, role: 'button', tabindex: '0' },
      icon(doc, { svgId: 'close-notification' }),
    );
    close.addEventListener('click', dismiss);
    const actions = h(doc, 'div', { class: tss('actionsContainer') });
    for (const action of spec.actions ?? []) {
      const button = h(
        doc,
        'button',
        { 'aria-label': action.label, class: tss('action'), 'data-testid': action.key },
        action.label,
      );
      button.addEventListener('click', () => {
        dismiss();
        action.onClick();
      });
      actions.append(button);
    }
    const text = h(doc, 'div', { class: tss('textContainer') }, h(doc, 'span', { class: tss('title') }, spec.title));
    if (spec.description) text.append(h(doc, 'div', { class: tss('description') }, h(doc, 'p', {}, spec.description)));
    text.append(actions);
    const note = h(
      doc,
      'div',
      {
        'aria-atomic': 'true',
        'aria-live': 'polite',
        class: tss('container'),
        'data-testid': spec.testId,
        id: spec.uid,
        role: 'status',
      },
      h(doc, 'div', { class: `${tss('ribbon')} normal` }),
      h(doc, 'div', { class: tss('content') }, h(doc, 'div', { class: tss('icon') }, icon(doc)), text, close),
    );
    container.append(note);
    if (spec.timeoutMs) ctx.sched.after(spec.timeoutMs, dismiss);
  };

  const batcher = (
    keys: { one: string; two: string; many: string },
    texts: { one(n: string): string; two(a: string, b: string): string; many(n: string): string },
  ) => {
    let names: string[] = [];
    let pending = false;
    return (name: string) => {
      names.push(name);
      if (pending) return;
      pending = true;
      ctx.sched.after(THROTTLE_MS, () => {
        pending = false;
        const batch = names;
        names = [];
        if (model.people.size > SILENT_THRESHOLD || batch.length === 0) return;
        const [first, second] = batch as [string, string];
        const spec =
          batch.length >= 3
            ? { testId: keys.many, title: texts.many(first) }
            : batch.length === 2
              ? { testId: keys.two, title: texts.two(first, second) }
              : { testId: keys.one, title: texts.one(first) };
        show({ ...spec, uid: `notification-${++counter}`, timeoutMs: SHORT_MS });
      });
    };
  };

  const lobbyChanged = () => {
    container.querySelector(`[id="${LOBBY_NOTIFICATION_ID}"]`)?.remove();
    const knocking = model.knocking;
    if (knocking.length === 0) return;
    if (knocking.length === 1) {
      const person = knocking[0]!;
      show({
        testId: 'notify.participantWantsToJoin',
        uid: LOBBY_NOTIFICATION_ID,
        title: person.name,
        description: s.wantsToJoin,
        actions: [
          {
            key: 'participantsPane.actions.admit',
            label: s.admit,
            onClick: () => ctx.act(() => admit(model, person.id)),
          },
          { key: 'lobby.chat', label: s.chatTitle, onClick: () => undefined },
          {
            key: 'participantsPane.actions.reject',
            label: s.reject,
            onClick: () => ctx.act(() => reject(model, person.id)),
          },
        ],
      });
      return;
    }
    show({
      testId: 'notify.participantsWantToJoin',
      uid: LOBBY_NOTIFICATION_ID,
      title: s.waitingPeople(knocking.length),
      description: s.wantToJoin,
      actions: [
        {
          key: 'notify.viewLobby',
          label: s.viewLobby,
          onClick: () => ctx.sched.later(() => ctx.setUi({ paneOpen: true })),
        },
      ],
    });
  };

  return {
    joined: batcher(
      { one: 'notify.connectedOneMember', two: 'notify.connectedTwoMembers', many: 'notify.connectedThreePlusMembers' },
      { one: s.joinedOne, two: s.joinedTwo, many: s.joinedMany },
    ),
    left: batcher(
      { one: 'notify.leftOneMember', two: 'notify.leftTwoMembers', many: 'notify.leftThreePlusMembers' },
      { one: s.leftOne, two: s.leftTwo, many: s.leftMany },
    ),
    lobbyChanged,
  };
}
