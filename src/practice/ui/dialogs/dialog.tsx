import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

interface DialogProps {
  id: string;
  title: ComponentChildren;
  /** The row this dialog acts on, so a stale dialog is never mistaken for a new one. */
  participantId?: string;
  onCancel: () => void;
  children?: ComponentChildren;
  actions: ComponentChildren;
}

/** A modal confirm dialog (Zoom uses ReactModal portals appended to the body). Escape cancels. */
export function Dialog({ id, title, participantId, onCancel, children, actions }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const doc = ref.current?.ownerDocument ?? document;
    ref.current?.querySelector<HTMLElement>('.pm-button--primary, .pm-button--danger')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div class="pm-backdrop">
      <div
        ref={ref}
        id={id}
        class="pm-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        data-participant-id={participantId}
      >
        <h2 id={`${id}-title`} class="pm-dialog__title">
          {title}
        </h2>
        {children}
        <div class="pm-dialog__actions">{actions}</div>
      </div>
    </div>
  );
}

interface CheckboxProps {
  name: string;
  label: string;
  defaultChecked: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * Uncontrolled: the dialog reads the box when its button is clicked, so a click that follows a
 * tick at once (before any re-render) still sees the ticked state.
 */
export const Checkbox = ({ name, label, defaultChecked, inputRef }: CheckboxProps) => (
  <label class="pm-check">
    <input ref={inputRef} type="checkbox" name={name} defaultChecked={defaultChecked} />
    <span>{label}</span>
  </label>
);

interface ButtonProps {
  label: string;
  onClick: () => void;
  kind?: 'primary' | 'danger' | 'plain';
  disabled?: boolean;
}

export const DialogButton = ({ label, onClick, kind = 'plain', disabled }: ButtonProps) => (
  <button type="button" class={`pm-button pm-button--${kind}`} disabled={disabled} onClick={onClick}>
    {label}
  </button>
);
