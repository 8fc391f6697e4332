import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

interface ModalProps {
  labelledBy: string;
  testId: string;
  /** Called when the dialog closes for any reason (Escape included). */
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * A native modal `<dialog>`: showModal() makes the rest of the panel inert and gives Escape
 * for free. Mounted only while open; focus goes to the `[data-autofocus]` control and back to
 * whatever opened it (the row button) when it closes.
 */
export function Modal({ labelledBy, testId, onClose, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  // Layout effect: open before paint, and restore focus as the dialog leaves, not a frame later.
  useLayoutEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const closed = () => onCloseRef.current();
    dialog.addEventListener('close', closed);
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog.removeEventListener('close', closed);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} class="modal" aria-labelledby={labelledBy} data-testid={testId}>
      {children}
    </dialog>
  );
}
