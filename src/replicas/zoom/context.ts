import type { ReplicaLang } from '../replica';
import type { Menus } from './dropdown';
import type { ZoomModel } from './model';
import type { Scheduler } from '../scheduler';
import type { ZoomStrings } from './strings';

export type PanelKind = 'participants' | 'chat' | 'hostTools';
/** Host tools pages (build 7.2.0 §7): root, Participants, Advanced, Advanced › Share. */
export type HostToolsPage = 'root' | 'participants' | 'advanced' | 'share';

/** What the views need from the client shell, so no view imports another. */
export interface ZoomUi {
  isOpen(kind: PanelKind): boolean;
  toggle(kind: PanelKind): void;
  openHostTools(page: HostToolsPage): void;
  close(kind: PanelKind): void;
  /** A toast in the notification manager (§14): 5000 ms unless told. */
  notify(text: string, ms?: number): void;
  /** Called when panels open or close, so the toolbar can flip its labels. */
  onPanels(listener: () => void): void;
}

export interface ZoomContext {
  readonly doc: Document;
  readonly model: ZoomModel;
  readonly t: ZoomStrings;
  readonly lang: ReplicaLang;
  readonly inert: boolean;
  readonly scheduler: Scheduler;
  ui: ZoomUi;
  menus: Menus;
  /** Disposers run on unmount. */
  readonly cleanup: (() => void)[];
}

/** A host action: applied after the client's delay, never in the inert tier. */
export function act(ctx: ZoomContext, work: () => void): void {
  if (ctx.inert) return;
  ctx.scheduler.later(work);
}
