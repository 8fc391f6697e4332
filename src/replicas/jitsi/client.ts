/*
 * The Jitsi Meet replica: the host's (moderator's) view of a meet.jit.si conference, rebuilt
 * from jitsi/jitsi-meet at 6549d4723 (2025-12-19) and meeting-dom.md §4. See NOTES.md.
 */
import type { MountReplica } from '../replica';
import { mountChatPanel } from './chat-panel';
import { createCtx } from './context';
import { h, tss } from './dom';
import { JitsiModel, type Person } from './model';
import { endpointId, HOST_NAME, participantName } from './names';
import { mountNotifications } from './notifications';
import { mountPane } from './pane';
import { createRemote } from './remote';
import { createScheduler } from '../scheduler';
import { mountStage } from './stage';
import { stringsFor } from './strings';
import { mountToolbar } from './toolbar';

/** Seeds for endpoint ids: remote participants at mount use 0…n-1, later joins start here. */
const HOST_SEED = 0x7fffffff;
const JOIN_SEED = 1_000_000;

/** The room is the URL's first path segment on a Jitsi deployment. */
function roomName(doc: Document): string {
  const segment = doc.location?.pathname.replace(/^\/+/, '').split('/')[0] ?? '';
  return /^[\w.%-]+$/.test(segment) && !segment.includes('.') ? decodeURIComponent(segment) : 'WeeklyTeamSync';
}

export const mountReplica: MountReplica = (root, options = {}) => {
  const doc = root.ownerDocument;
  const model = new JitsiModel();
  const host: Person = {
    id: endpointId(HOST_SEED),
    name: HOST_NAME,
    moderator: true,
    self: true,
    audioMuted: false,
    videoMuted: true,
    sharing: false,
  };
  model.people.set(host.id, host);
  for (let i = 0; i < (options.participants ?? 3); i += 1) {
    // Cameras off; every other microphone muted, so both quick-action paths occur.
    const person = {
      id: endpointId(i),
      name: participantName(i),
      moderator: false,
      self: false,
      audioMuted: i % 2 === 1,
      videoMuted: true,
      sharing: false,
    };
    model.people.set(person.id, person);
  }

  const videospace = h(doc, 'div', { id: 'videospace' });
  // ConferenceInfo: the subject (the room name by default) in the auto-hiding header.
  const subject = h(doc, 'div', { class: `subject-text--content ${tss('content')}` }, roomName(doc));
  const info = h(
    doc,
    'div',
    { class: 'details-container' },
    h(doc, 'div', { id: 'autoHide' }, h(doc, 'div', { class: tss('subject') }, subject)),
  );
  const page = h(
    doc,
    'div',
    { class: `${tss('conference')} vertical-filmstrip`, id: 'videoconference_page' },
    info,
    videospace,
  );
  const layout = h(doc, 'div', { id: 'layout_wrapper' }, page);
  const dialogs = h(doc, 'div', { class: tss('dialogContainer') });
  root.append(layout, dialogs);
  const sched = createScheduler(options.delayMs ?? 150);
  const ctx = createCtx({
    doc,
    model,
    s: stringsFor(options.lang),
    sched,
    inert: options.inert === true,
    slots: { layout, page, dialogs },
  });

  mountStage(ctx, videospace);
  mountToolbar(ctx, page);
  const notifier = mountNotifications(ctx, page);
  mountPane(ctx);
  mountChatPanel(ctx);

  // Join and leave notifications follow the conference roster, whatever changed it.
  let known = new Map([...model.people].map(([id, person]) => [id, person.name]));
  ctx.cleanups.push(
    model.subscribe((change) => {
      if (change === 'lobby') notifier.lobbyChanged();
      if (change !== 'roster') return;
      for (const [id, person] of model.people) if (!known.has(id)) notifier.joined(person.name);
      for (const [id, name] of known) if (!model.people.has(id)) notifier.left(name);
      known = new Map([...model.people].map(([id, person]) => [id, person.name]));
    }),
  );

  const remote = createRemote(model, JOIN_SEED);
  return {
    clientDocument: doc,
    ...remote,
    state: () => model.state(),
    unmount() {
      sched.cancelAll();
      for (const cleanup of ctx.cleanups.splice(0).reverse()) cleanup();
      layout.remove();
      dialogs.remove();
    },
  };
};
