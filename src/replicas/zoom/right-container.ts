import { createChatPanel } from './chat-panel';
import type { HostToolsPage, PanelKind, ZoomContext, ZoomUi } from './context';
import { h } from './dom';
import { createHostToolsPanel, type HostToolsPanel } from './host-tools-panel';
import type { Panel } from './panel-shell';
import { createParticipantsPanel } from './participants-panel';

const ORDER: PanelKind[] = ['participants', 'chat', 'hostTools'];

/*
 * `#wc-container-right` exists only while a side panel is open (capture §1, §8.1); build 7.2.0
 * stacks Participants over Chat, and Host tools uses the same container (§7). Panels mount when
 * opened and unmount when closed, as React does.
 */
export function createUi(ctx: ZoomContext, content: HTMLElement, notify: ZoomUi['notify']): ZoomUi {
  const { doc } = ctx;
  const right = h(doc, 'div', { id: 'wc-container-right', class: 'wc-container-right--dark' });
  const panels = new Map<PanelKind, Panel>();
  const listeners: (() => void)[] = [];
  const changed = () => listeners.forEach((listener) => listener());

  const open = (kind: PanelKind): Panel => {
    const existing = panels.get(kind);
    if (existing) return existing;
    const panel =
      kind === 'participants'
        ? createParticipantsPanel(ctx)
        : kind === 'chat'
          ? createChatPanel(ctx)
          : createHostToolsPanel(ctx);
    if (kind === 'hostTools') (panel as HostToolsPanel).show('root');
    panels.set(kind, panel);
    const after = ORDER.slice(ORDER.indexOf(kind) + 1)
      .map((k) => panels.get(k)?.element)
      .find(Boolean);
    right.insertBefore(panel.element, after ?? null);
    if (!right.isConnected) content.append(right);
    changed();
    return panel;
  };
  const close = (kind: PanelKind) => {
    const panel = panels.get(kind);
    if (!panel) return;
    panel.dispose();
    panel.element.remove();
    panels.delete(kind);
    if (panels.size === 0) right.remove();
    changed();
  };
  ctx.cleanup.push(() => ORDER.forEach(close));
  return {
    isOpen: (kind) => panels.has(kind),
    toggle: (kind) => (panels.has(kind) ? close(kind) : void open(kind)),
    close,
    openHostTools: (page: HostToolsPage) => (open('hostTools') as HostToolsPanel).show(page),
    notify,
    onPanels: (listener) => void listeners.push(listener),
  };
}
