/*
 * Jitsi's web Dialog (base/ui/components/web/Dialog.tsx + BaseDialog.tsx): a fixed container with
 * a backdrop and a focus lock around `div[role="dialog"][aria-modal][aria-label=<title>]`; header
 * `p#dialog-title` + `#modal-header-close-button`; footer Cancel + `#modal-dialog-ok-button`.
 * Escape closes, Enter submits (window keydown). DialogContainer shows one dialog at a time, so
 * opening another replaces it. Dialogs appear after the client's delay.
 */
import type { Ctx } from './context';
import { h, replaceChildren, tss, type Child } from './dom';

export interface DialogSpec {
  title: string;
  body: Child[];
  /** The OK button's label; omitted = hidden (the Security dialog hides OK and Cancel). */
  ok?: string;
  cancel?: boolean;
  /** Runs when OK (or Enter) is pressed; the dialog hides first, as `hideDialog()` does. */
  onSubmit?: () => void;
  /** Runs once when the dialog goes away, however it closes. */
  onClose?: () => void;
}

/** The dialog each mounted replica shows now (one per DialogContainer). */
const current = new WeakMap<Ctx, () => void>();

export function closeDialog(ctx: Ctx): void {
  current.get(ctx)?.();
}

/** Opens `spec` after the client's delay; returns a cancel/close function. */
export function openDialog(ctx: Ctx, spec: DialogSpec): () => void {
  let shown: HTMLElement | null = null;
  let onKey: ((event: KeyboardEvent) => void) | null = null;
  const close = () => {
    cancelPending();
    if (shown) spec.onClose?.();
    shown?.remove();
    shown = null;
    if (onKey) ctx.doc.defaultView?.removeEventListener('keydown', onKey);
    if (current.get(ctx) === close) current.delete(ctx);
  };
  const submit = () => {
    close();
    spec.onSubmit?.();
  };
  const cancelPending = ctx.sched.later(() => {
    current.get(ctx)?.();
    current.set(ctx, close);
    shown = render(ctx, spec, close, submit);
    replaceChildren(ctx.slots.dialogs, shown);
    onKey = (event) => {
      if (event.key === 'Escape') close();
      else if (event.key === 'Enter' && spec.ok !== undefined) submit();
    };
    ctx.doc.defaultView?.addEventListener('keydown', onKey);
  });
  return close;
}

function render(ctx: Ctx, spec: DialogSpec, close: () => void, submit: () => void): HTMLElement {
  const { doc, s } = ctx;
  const button = (label: string, kind: string, onClick: () => void, id?: string) => {
    const el = h(doc, 'button', {
      'aria-label': label,
      class: tss(`button-${kind}`),
      id,
      title: label,
      type: 'button',
    });
    el.append(h(doc, 'span', {}, label));
    el.addEventListener('click', onClick);
    return el;
  };
  const closeButton = h(doc, 'button', {
    'aria-label': s.close,
    class: tss('closeIcon'),
    id: 'modal-header-close-button',
  });
  closeButton.addEventListener('click', close);
  const footer = h(doc, 'div', { class: tss('footer'), 'data-autofocus-inside': 'true' });
  if (spec.cancel !== false) footer.append(button(s.cancel, 'tertiary', close));
  if (spec.ok !== undefined) footer.append(button(spec.ok, 'primary', submit, 'modal-dialog-ok-button'));
  const modal = h(
    doc,
    'div',
    {
      'aria-label': spec.title,
      'aria-modal': 'true',
      class: `${tss('modal')} medium`,
      'data-autofocus': 'true',
      role: 'dialog',
      tabindex: '-1',
    },
    h(
      doc,
      'div',
      { class: tss('header') },
      h(doc, 'p', { class: tss('title'), id: 'dialog-title' }, spec.title),
      closeButton,
    ),
    h(doc, 'div', { class: tss('content'), 'data-autofocus-inside': 'true' }, ...spec.body),
    footer,
  );
  return h(
    doc,
    'div',
    { class: tss('container') },
    h(doc, 'div', { class: tss('backdrop') }),
    h(doc, 'div', { 'data-focus-lock-disabled': 'false', class: tss('focusLock') }, modal),
  );
}

/**
 * Jitsi's Switch (base/ui/components/web/Switch.tsx): a native checkbox inside
 * `span.toggle-container`; the state is the input's `checked` (no aria-checked). It is
 * controlled: a click that the store has not confirmed yet snaps back (`isOn()` is re-read).
 */
export interface SwitchView {
  el: HTMLElement;
  /** Re-reads the state (React re-rendering the switch from props). */
  repaint(): void;
}

export function toggleSwitch(ctx: Ctx, id: string, isOn: () => boolean, onToggle: (next: boolean) => void): SwitchView {
  const { doc } = ctx;
  const input = h(doc, 'input', { class: tss('checkbox'), id, type: 'checkbox' });
  const knob = h(doc, 'div', { class: 'toggle' });
  const container = h(
    doc,
    'span',
    { class: 'toggle-container' },
    input,
    h(doc, 'div', { class: 'toggle-checkbox-ring' }),
    knob,
  );
  const paint = () => {
    const on = isOn();
    input.checked = on;
    container.className = `toggle-container ${tss('container')}${on ? ` ${tss('containerOn')}` : ''}`;
    knob.className = `toggle ${tss('toggle')}${on ? ` ${tss('toggleOn')}` : ''}`;
  };
  input.addEventListener('change', () => {
    const next = input.checked;
    paint();
    onToggle(next);
  });
  paint();
  return { el: container, repaint: paint };
}
