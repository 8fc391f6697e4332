import type { ComponentChildren } from 'preact';

interface ActionButtonProps {
  /** Visible text; also the accessible name unless `label` is given. */
  children: ComponentChildren;
  onActivate: () => void;
  /** Accessible name when the visible text needs context (e.g. "Eject Alice"). */
  label?: string;
  /** False greys the button out; it stays focusable so its explanation can be read. */
  available?: boolean;
  pending?: boolean;
  /** Ids of elements that explain the button (why unavailable, what it will do). */
  describedBy?: string | undefined;
  keyShortcuts?: string | undefined;
  class?: string;
  testId?: string;
}

/**
 * A native button that is greyed out with `aria-disabled` rather than `disabled`: a disabled
 * button drops out of the tab order and its explanation with it. Clicks while unavailable or
 * pending do nothing, so a double press never sends a command twice.
 */
export function ActionButton(props: ActionButtonProps) {
  const { available = true, pending = false } = props;
  const blocked = !available || pending;
  const classes = ['action', props.class, !available && 'action--unavailable', pending && 'action--pending']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      class={classes}
      aria-label={props.label}
      aria-disabled={available ? undefined : 'true'}
      aria-busy={pending ? 'true' : undefined}
      aria-describedby={props.describedBy || undefined}
      aria-keyshortcuts={props.keyShortcuts || undefined}
      data-testid={props.testId}
      onClick={() => {
        if (!blocked) props.onActivate();
      }}
    >
      {props.children}
    </button>
  );
}

/** aria-keyshortcuts wants "Alt+Shift+K"; macOS reports "⌥⇧E", which is only shown, not declared. */
export function ariaShortcut(shortcut: string): string | undefined {
  return /^[A-Za-z0-9]+(\+[A-Za-z0-9]+)*$/.test(shortcut) ? shortcut : undefined;
}
