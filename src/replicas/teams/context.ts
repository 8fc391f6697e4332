import type { HostActions } from './host-actions';
import type { Meeting } from './model';
import type { Strings } from './strings';
import { fui, h, idMaker } from './dom';

/** What every view of the replica shares: the document, chrome strings, model and timing. */
export interface Ctx {
  doc: Document;
  t: Strings;
  meeting: Meeting;
  host: HostActions;
  /** How long the client takes to render menu items, dialogs and panes, and to apply an action. */
  delayMs: number;
  id: (prefix?: string) => string;
  /** setTimeout that unmount cancels. */
  later(fn: () => void, ms?: number): void;
  /** A Fluent v9 portal mount node at the end of <body>: menus and dialogs render outside the app. */
  portal(): HTMLElement;
  /** Called on unmount. */
  onUnmount(fn: () => void): void;
  unmount(): void;
}

export function createCtx(doc: Document, t: Strings, meeting: Meeting, host: HostActions, delayMs: number): Ctx {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const cleanups: (() => void)[] = [];
  const portals = new Set<HTMLElement>();
  const ids = idMaker();
  return {
    doc,
    t,
    meeting,
    host,
    delayMs,
    id: ids,
    later(fn, ms = delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, ms);
      timers.add(timer);
    },
    portal() {
      // Fluent v9 gives each portal its own mount node carrying the provider's classes.
      const node = h(doc, 'div', { class: `${fui('FluentProvider')} fui-FluentProviderr0`, dir: 'ltr' });
      node.setAttribute('data-portal-node', 'true');
      doc.body.append(node);
      for (const old of portals) if (!old.isConnected) portals.delete(old);
      portals.add(node);
      return node;
    },
    onUnmount(fn) {
      cleanups.push(fn);
    },
    unmount() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const fn of cleanups.splice(0)) fn();
      for (const node of portals) node.remove();
      portals.clear();
    },
  };
}
