import type { MountReplica, ReplicaControl, ReplicaOptions } from '../replica';
import { renderAdmission } from './admission';
import { renderChatPanel } from './chat-panel';
import { rotatingClassNames } from './classes';
import type { MeetAttributes, ViewContext } from './context';
import { h } from './dom';
import { HostActions } from './host-actions';
import { renderHostControls } from './host-controls-panel';
import { MeetModel } from './model';
import { HOST_NAME, nameAt } from './names';
import { renderPeoplePanel } from './people-panel';
import { Portals } from './portals';
import { RemoteEvents } from './remote';
import { Scheduler } from './scheduler';
import { SidePanel, type PanelKind } from './side-panel';
import { renderStage } from './stage';
import { stringsFor } from './strings';
import { Toasts } from './toasts';
import { renderToolbar } from './toolbar';

export interface MeetReplicaOptions extends ReplicaOptions {
  /** `aria-only` renders no data-* / jsname / jscontroller (see context.ts). Default `live`. */
  attributes?: MeetAttributes;
  /** The People button's label: today's "People" or the older "Show everyone". */
  peopleButton?: 'people' | 'show-everyone';
  meetingCode?: string;
}

/**
 * Google Meet (meet.google.com/<code>) as the host sees it in a call, rebuilt from
 * ../../../shared/reference/meeting-dom.md §2 and Google Help (NOTES.md). The People panel is
 * closed at mount, as in the live client.
 */
export function mountMeetReplica(root: HTMLElement, options: MeetReplicaOptions = {}): ReplicaControl {
  const doc = root.ownerDocument;
  const model = new MeetModel('KEi-HMinAxkB');
  const scheduler = new Scheduler(options.delayMs ?? 150);
  const portals = new Portals(doc);
  const t = stringsFor(options.lang);
  const ctx: ViewContext = {
    doc,
    t,
    cls: rotatingClassNames(),
    model,
    actions: new HostActions(model, scheduler, options.inert === true),
    scheduler,
    portals,
    attributes: options.attributes ?? 'live',
  };
  model.add(HOST_NAME, 'host', true);
  for (let i = 0; i < (options.participants ?? 3); i++) model.add(nameAt(i), 'participant');

  const stage = h(doc, 'div', { class: ctx.cls('stage'), role: 'main' });
  const toasts = new Toasts(ctx);
  const admission = h(doc, 'div', { class: ctx.cls('admission') });
  const panelSlot = h(doc, 'div', { class: ctx.cls('panelSlot') });
  const toolbar = renderToolbar(
    ctx,
    options.meetingCode ?? 'abc-defg-hij',
    options.peopleButton === 'show-everyone' ? 'Show everyone' : t.people,
  );
  const buttons: Record<PanelKind, HTMLButtonElement> = {
    people: toolbar.people,
    chat: toolbar.chat,
    hostControls: toolbar.hostControls,
    details: toolbar.details,
  };
  const panel = new SidePanel(ctx, panelSlot, (kind) => toolbar.setPressed(kind ? buttons[kind] : null));
  toolbar.people.addEventListener('click', () => panel.toggle('people', t.people, renderPeoplePanel(ctx)));
  toolbar.chat.addEventListener('click', () => panel.toggle('chat', t.inCallMessages, renderChatPanel(ctx)));
  toolbar.hostControls.addEventListener('click', () =>
    panel.toggle('hostControls', t.hostControls, renderHostControls(ctx)),
  );
  toolbar.details.addEventListener('click', () => panel.toggle('details', t.meetingDetails, () => () => undefined));

  const app = h(
    doc,
    'div',
    { class: ctx.cls('app'), jscontroller: ctx.attributes === 'live' ? 'kAPMuc' : undefined },
    h(
      doc,
      'div',
      { class: ctx.cls('call'), jsname: ctx.attributes === 'live' ? 'BOHaEe' : undefined },
      stage,
      admission,
      toasts.element,
      toolbar.element,
    ),
    panelSlot,
  );
  root.append(app);
  const redraw = () => {
    renderStage(ctx, stage);
    toolbar.setCount(model.people.length);
  };
  redraw();

  const unsubscribe = model.subscribe((change) => {
    if (change.kind === 'knocking') return renderAdmission(ctx, admission);
    if (change.kind === 'joined' && !change.person.self) toasts.show(t.joined(change.person.name));
    if (change.kind === 'left') toasts.show(t.left(change.person.name));
    if (change.kind === 'share' && change.on) toasts.show(t.presenting(change.person.name));
    if (change.kind === 'chat' && panel.kind !== 'chat' && !model.find(change.message.senderId)?.self) {
      toasts.show(t.saysInChat(change.message.senderName, change.message.text));
    }
    if (change.kind !== 'chat' && change.kind !== 'settings') redraw();
  });

  const remote = new RemoteEvents(model);
  const control: ReplicaControl = {
    clientDocument: doc,
    join: (name, role) => remote.join(name, role),
    leave: (id) => remote.leave(id),
    rename: (id, name) => remote.rename(id, name),
    share: (id) => remote.share(id),
    stopShare: (id) => remote.stopShare(id),
    chat: (id, text) => remote.chat(id, text),
    state: () => model.state(),
    unmount: () => {
      unsubscribe();
      panel.close();
      scheduler.stop();
      portals.dispose();
      app.remove();
    },
  };
  return control;
}

export const mountReplica: MountReplica = mountMeetReplica;
