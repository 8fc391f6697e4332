import type { HostToolsPage, ZoomContext } from './context';
import type { LiveControl } from './controls';
import { h, replaceChildren, syncText } from './dom';
import { buildPage } from './host-tools-pages';
import { panelShell, type Panel } from './panel-shell';

/*
 * Host tools, build 7.2.0's replacement for the Security button (capture §7): a right panel
 * `.panel-shell.panel-shell--dark.host-tools-panel`, header `.host-tools-panel__shell-header`,
 * sub-pages with a Back button. The frame shows at once; a page's rows render after the delay.
 */
export interface HostToolsPanel extends Panel {
  show(page: HostToolsPage): void;
}

export function createHostToolsPanel(ctx: ZoomContext): HostToolsPanel {
  const { doc, t, model } = ctx;
  const shell = panelShell(ctx, 'host-tools-panel', '', () => ctx.ui.close('hostTools'));
  shell.header.classList.add('host-tools-panel__shell-header');
  shell.content.classList.add('host-tools-panel__content');
  let controls: LiveControl[] = [];
  let cancel: (() => void) | null = null;
  const parent: Record<HostToolsPage, HostToolsPage | null> = {
    root: null,
    participants: 'root',
    advanced: 'root',
    share: 'advanced',
  };

  const show = (page: HostToolsPage) => {
    cancel?.();
    controls = [];
    replaceChildren(shell.content);
    const back = parent[page];
    if (back) {
      const button = h(doc, 'button', { type: 'button', class: 'panel-shell-header__back', 'aria-label': t.back });
      button.addEventListener('click', () => show(back));
      replaceChildren(shell.leading, button);
    } else {
      replaceChildren(shell.leading);
    }
    const view = buildPage(ctx, page, show);
    syncText(shell.title, view.title);
    cancel = ctx.scheduler.later(() => {
      controls = view.controls;
      for (const control of controls) control.refresh();
      replaceChildren(shell.content, ...view.nodes);
    });
  };
  const unsubscribe = model.onChange((change) => {
    if (change === 'settings') for (const control of controls) control.refresh();
  });
  return {
    element: shell.element,
    show,
    dispose: () => {
      cancel?.();
      unsubscribe();
    },
  };
}
