/*
 * What every view of the replica shares: the document, the model, the chrome's strings, the
 * client's delay, and the view state redux keeps outside the conference (which pane or menu is
 * open). Views re-render on the model's 'ui' change as on any other.
 */
import type { JitsiModel } from './model';
import type { Scheduler } from '../scheduler';
import type { Strings } from './strings';

export interface UiState {
  paneOpen: boolean;
  chatOpen: boolean;
  overflowOpen: boolean;
  /** The pane footer's "…" menu (FooterContextMenu is always mounted, only hidden). */
  footerMenuOpen: boolean;
  /** The participant whose context menu is raised in the pane (useContextMenu's entity). */
  menuFor: string | null;
}

export interface Slots {
  /** `#layout_wrapper`: chat panel, conference page, participants pane. */
  layout: HTMLElement;
  page: HTMLElement;
  /** Where DialogContainer renders the one open dialog. */
  dialogs: HTMLElement;
}

export interface Ctx {
  readonly doc: Document;
  readonly model: JitsiModel;
  readonly s: Strings;
  readonly sched: Scheduler;
  readonly inert: boolean;
  readonly ui: UiState;
  readonly slots: Slots;
  setUi(patch: Partial<UiState>): void;
  /** A confirmed host action reaches the conference after the client's delay; inert drops it. */
  act(work: () => void): void;
  /** Teardown hooks (listeners on window/document), run by unmount. */
  readonly cleanups: (() => void)[];
}

export function createCtx(init: Omit<Ctx, 'ui' | 'setUi' | 'act' | 'cleanups'>): Ctx {
  const ui: UiState = { paneOpen: false, chatOpen: false, overflowOpen: false, footerMenuOpen: false, menuFor: null };
  const ctx: Ctx = {
    ...init,
    ui,
    cleanups: [],
    setUi(patch) {
      Object.assign(ui, patch);
      init.model.emit('ui');
    },
    act(work) {
      if (init.inert) return;
      init.sched.later(work);
    },
  };
  return ctx;
}
