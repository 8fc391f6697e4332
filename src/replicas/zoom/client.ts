import type { MountReplica, ReplicaControl } from '../replica';
import type { ZoomContext } from './context';
import { h } from './dom';
import { createMenus } from './dropdown';
import { arrive, leave, postChat, rename, startShare, stopShare } from './meeting';
import { ZoomModel } from './model';
import { createUi } from './right-container';
import { createScheduler } from '../scheduler';
import { seedMeeting } from './seed';
import { renderStage } from './stage';
import { stringsFor } from './strings';
import { createToasts } from './toasts';
import { renderToolbar } from './toolbar';

/*
 * Zoom web client, build 7.2.0 (meeting-dom.md §1; capture file #71323698638, 2026-10), host's
 * view. Structure: #root > #meeting-app.meeting-app > .meeting-client > .meeting-client-inner >
 * #wc-content > #wc-container-left (+ #wc-container-right while a panel is open); dialogs are
 * ReactModal portals on body. Remote events update the DOM at once, as the network delivers them.
 */
export const mountReplica: MountReplica = (root, options = {}) => {
  const doc = root.ownerDocument;
  const lang = options.lang ?? 'en';
  const t = stringsFor(lang);
  const model = new ZoomModel();
  seedMeeting(model, options.participants ?? 3);
  const ctx = {
    doc,
    model,
    t,
    lang,
    inert: options.inert === true,
    scheduler: createScheduler(options.delayMs ?? 150),
    cleanup: [],
  } as unknown as ZoomContext;
  ctx.menus = createMenus(ctx);
  const toasts = createToasts(ctx);
  const content = h(doc, 'div', { id: 'wc-content' });
  ctx.ui = createUi(ctx, content, toasts.notify);
  content.append(renderStage(ctx, renderToolbar(ctx), toasts.manager));
  const app = h(
    doc,
    'div',
    { id: 'root' },
    h(
      doc,
      'div',
      { id: 'meeting-app', class: 'meeting-app' },
      h(
        doc,
        'div',
        { class: 'meeting-client', role: 'presentation' },
        h(doc, 'div', { class: 'meeting-client-inner' }, content),
      ),
    ),
  );
  root.append(app);
  toasts.notify(t.youAreHost, 3000); // capture §14: the entry toast, 3000 ms

  const control: ReplicaControl = {
    clientDocument: doc,
    join(name, role = 'participant') {
      const p = model.create(name, role);
      if (arrive(model, p) === 'waiting') toasts.notify(t.waiting(name));
      return p.id;
    },
    leave(id) {
      if (leave(model, id)) return;
      model.waiting = model.waiting.filter((p) => p.id !== id);
      model.changed('waiting');
    },
    rename: (id, name) => void rename(model, id, name, false),
    share: (id) => void startShare(model, id),
    stopShare: (id) => stopShare(model, id),
    chat: (id, text) => void postChat(model, id, text),
    state: () => model.state(),
    unmount() {
      ctx.scheduler.cancelAll();
      for (const dispose of ctx.cleanup.splice(0)) dispose();
      app.remove();
    },
  };
  return control;
};
