import type { ViewContext } from './context';
import { h, iconButton } from './dom';

export type PanelKind = 'people' | 'chat' | 'hostControls' | 'details';

/** Fills a panel's body; returns what to undo when the panel closes (e.g. model subscriptions). */
export type PanelRender = (body: HTMLElement) => () => void;

/**
 * Meet's one side-panel slot: `complementary "Side panel"` with an h2 title and a Close button
 * (engagium doc, 2025-11). Opening another panel replaces the current one. The frame appears at
 * once; the body renders after the client's delay.
 */
export class SidePanel {
  private current: { kind: PanelKind; element: HTMLElement; dispose: () => void } | null = null;

  constructor(
    private readonly ctx: ViewContext,
    private readonly slot: HTMLElement,
    private readonly changed: (kind: PanelKind | null) => void,
  ) {}

  get kind(): PanelKind | null {
    return this.current?.kind ?? null;
  }

  toggle(kind: PanelKind, title: string, render: PanelRender): void {
    if (this.current?.kind === kind) return this.close();
    this.close();
    const { doc, cls, t } = this.ctx;
    const body = h(doc, 'div', { class: cls(`panelBody-${kind}`) });
    const close = iconButton(doc, t.close, 'close', { class: cls('panelClose') });
    close.addEventListener('click', () => this.close());
    const element = h(
      doc,
      'aside',
      { class: cls('sidePanel'), role: 'complementary', 'aria-label': t.sidePanel },
      h(doc, 'div', { class: cls('panelHead') }, h(doc, 'h2', { class: cls('panelTitle') }, title), close),
      body,
    );
    const entry: { kind: PanelKind; element: HTMLElement; dispose: () => void } = {
      kind,
      element,
      dispose: () => undefined,
    };
    this.current = entry;
    this.slot.append(element);
    this.ctx.scheduler.later(() => {
      if (this.current === entry) entry.dispose = render(body);
    });
    this.changed(kind);
  }

  close(): void {
    if (!this.current) return;
    this.current.dispose();
    this.current.element.remove();
    this.current = null;
    this.changed(null);
  }
}
