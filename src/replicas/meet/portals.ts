/*
 * Meet portals its menus and confirmations to the END of <body>, outside the app root
 * (meeting-dom.md §2.3, file #57758765896 "recorded from the live panel", 2026). One portal of
 * each kind at a time; Escape or a click outside closes menus, as the real client does.
 */
export type PortalKind = 'menu' | 'confirm' | 'dialog';

export class Portals {
  private readonly open = new Map<PortalKind, HTMLElement>();
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.closeAll();
  };
  private readonly onPointer = (event: Event) => {
    const menu = this.open.get('menu');
    if (menu && event.target instanceof Node && !menu.contains(event.target) && !this.isOpener(event.target)) {
      this.close('menu');
    }
  };
  private opener: Element | null = null;

  constructor(private readonly doc: Document) {
    doc.addEventListener('keydown', this.onKey);
    doc.addEventListener('click', this.onPointer, true);
  }

  /** Appends `element` as the last child of body, replacing any portal of the same kind. */
  show(kind: PortalKind, element: HTMLElement, opener?: Element): void {
    this.close(kind);
    if (kind === 'menu') this.opener = opener ?? null;
    this.opener?.setAttribute('aria-expanded', 'true');
    this.open.set(kind, element);
    this.doc.body.append(element);
  }

  close(kind: PortalKind): void {
    const element = this.open.get(kind);
    if (!element) return;
    element.remove();
    this.open.delete(kind);
    if (kind === 'menu') {
      this.opener?.setAttribute('aria-expanded', 'false');
      this.opener = null;
    }
  }

  isOpen(kind: PortalKind): boolean {
    return this.open.has(kind);
  }

  closeAll(): void {
    for (const kind of [...this.open.keys()]) this.close(kind);
  }

  dispose(): void {
    this.closeAll();
    this.doc.removeEventListener('keydown', this.onKey);
    this.doc.removeEventListener('click', this.onPointer, true);
  }

  private isOpener(target: Node): boolean {
    return this.opener !== null && this.opener.contains(target);
  }
}
