import type { ComponentChildren } from 'preact';

interface RuleFieldsetProps {
  id: string;
  legend: string;
  label: string;
  help: string;
  on: boolean;
  onToggle(on: boolean): void;
  children?: ComponentChildren;
}

/** One detection rule: its name, an on/off switch, one line on what it catches, its thresholds. */
export function RuleFieldset({ id, legend, label, help, on, onToggle, children }: RuleFieldsetProps) {
  return (
    <fieldset class="rule" data-testid={`rule-${id}`}>
      <legend>{legend}</legend>
      <label class="check">
        <input
          type="checkbox"
          checked={on}
          aria-describedby={`${id}-help`}
          onChange={(e) => onToggle((e.target as HTMLInputElement).checked)}
        />{' '}
        <span>{label}</span>
      </label>
      <p id={`${id}-help`} class="form-note">
        {help}
      </p>
      {children}
    </fieldset>
  );
}
