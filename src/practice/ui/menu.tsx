import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useDelayed, useDismiss } from './hooks';

interface MenuPopupProps {
  id: string;
  label: string;
  trigger: HTMLElement;
  delay: number;
  onClose: () => void;
  /** Toolbar menus open upwards, row menus downwards. */
  placement: 'above' | 'below';
  participantId?: string;
  /** Rendered only once the items have "loaded", `delay` ms after opening. */
  items: () => ComponentChildren;
}

/** A popup menu portalled at the app root (so the roster's scroll box never clips it). */
export function MenuPopup(props: MenuPopupProps) {
  const ref = useRef<HTMLDivElement>(null);
  const ready = useDelayed(props.delay);
  useDismiss(ref, props.trigger, props.onClose);
  return (
    <div
      ref={ref}
      id={props.id}
      role="menu"
      aria-label={props.label}
      aria-busy={ready ? 'false' : 'true'}
      class={`pm-menu pm-menu--${props.placement}`}
      style={placeNear(props.trigger, props.placement)}
      data-participant-id={props.participantId}
    >
      {ready ? props.items() : <div class="pm-menu__loading" aria-hidden="true" />}
    </div>
  );
}

function placeNear(trigger: HTMLElement, placement: 'above' | 'below'): Record<string, string> {
  const rect = trigger.getBoundingClientRect();
  const view = trigger.ownerDocument.defaultView;
  const width = view?.innerWidth ?? 0;
  const height = view?.innerHeight ?? 0;
  return placement === 'above'
    ? { left: `${Math.max(8, rect.left)}px`, bottom: `${Math.max(8, height - rect.top + 8)}px` }
    : { right: `${Math.max(8, width - rect.right)}px`, top: `${rect.bottom + 4}px` };
}

interface ItemProps {
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

export const MenuItem = ({ label, onSelect, danger }: ItemProps) => (
  <button
    type="button"
    role="menuitem"
    class={`pm-menu__item${danger ? ' pm-menu__item--danger' : ''}`}
    onClick={onSelect}
  >
    {label}
  </button>
);

/** The check mark is drawn by CSS so the item's text stays exactly its label. */
export const MenuCheckItem = ({ label, checked, onSelect }: ItemProps & { checked: boolean }) => (
  <button
    type="button"
    role="menuitemcheckbox"
    aria-checked={checked ? 'true' : 'false'}
    class="pm-menu__item pm-menu__item--check"
    onClick={onSelect}
  >
    {label}
  </button>
);
