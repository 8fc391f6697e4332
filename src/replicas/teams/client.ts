import type { MountReplica, ReplicaControl } from '../replica';
import { createCtx } from './context';
import { HostActions } from './host-actions';
import { closeMenus } from './menu';
import { Meeting } from './model';
import { seededName } from './names';
import { Remote } from './remote';
import { Shell } from './shell';
import { stringsFor } from './strings';
import { CSS } from './styles';

/*
 * Microsoft Teams web (new client v2, Fluent UI v9) as the meeting's organizer sees it, rebuilt
 * from meeting-dom.md §3 and Microsoft's help pages (see NOTES.md). The People pane is closed at
 * mount. Model changes re-render once per microtask, as React batches a burst of updates.
 */
export const mountReplica: MountReplica = (root, options = {}) => {
  const doc = root.ownerDocument;
  const t = stringsFor(options.lang);
  const meeting = new Meeting();
  const host = new HostActions(meeting, t, options.inert === true);
  const ctx = createCtx(doc, t, meeting, host, options.delayMs ?? 150);
  const remote = new Remote(meeting, t);
  for (let i = 0; i < (options.participants ?? 3); i++) meeting.add(seededName(i), 'participant');

  const style = doc.createElement('style');
  style.textContent = CSS;
  const shell = new Shell(ctx);
  root.append(style, shell.el);

  let queued = false;
  const stop = meeting.onChange(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (shell.el.isConnected) shell.render();
    });
  });

  const control: ReplicaControl = {
    clientDocument: doc,
    join: (name, role) => remote.join(name, role),
    leave: (id) => remote.leave(id),
    rename: (id, name) => remote.rename(id, name),
    share: (id) => remote.share(id),
    stopShare: (id) => remote.stopShare(id),
    chat: (id, text) => remote.chat(id, text),
    state: () => meeting.state(),
    unmount() {
      stop();
      closeMenus();
      ctx.unmount();
      style.remove();
      shell.el.remove();
    },
  };
  return control;
};
