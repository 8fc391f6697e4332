import { act, type ZoomContext } from './context';
import { h, sync, syncText } from './dom';
import { setSetting } from './meeting';
import type { ZoomSettings } from './model';

/*
 * Host tools controls (capture §6.2, §7): a row `.host-tools-panel__row` = label + prism small
 * switch; the switch is a `button[role=switch]` whose aria-checked follows the meeting [the
 * element and ARIA are inferred: the capture gives only the look]. A select box for the Share
 * page is a custom listbox (role=combobox trigger, role=option items) [inferred likewise].
 * Every control flips only after the client's delay and never in the inert tier.
 */
export interface LiveControl {
  readonly element: HTMLElement;
  refresh(): void;
}

export function settingRow(
  ctx: ZoomContext,
  label: string,
  key: keyof ZoomSettings,
  onSet?: (on: boolean) => void,
): LiveControl {
  const { doc, model } = ctx;
  const knob = h(doc, 'span', { class: 'zmu-switch__knob' });
  const toggle = h(
    doc,
    'button',
    { type: 'button', role: 'switch', class: 'zmu-switch zmu-switch--small', 'aria-label': label },
    knob,
  );
  toggle.addEventListener('click', () => {
    const want = !model.settings[key];
    act(ctx, () => {
      setSetting(model, key, want);
      onSet?.(want);
    });
  });
  const element = h(
    doc,
    'div',
    { class: 'host-tools-panel__row' },
    h(doc, 'span', { class: 'host-tools-panel__row-label' }, label),
    toggle,
  );
  const refresh = () => {
    const on = model.settings[key];
    sync(toggle, 'aria-checked', String(on));
    toggle.classList.toggle('zmu-switch--checked', on);
  };
  refresh();
  return { element, refresh };
}

export interface SelectOption {
  text: string;
  selected: () => boolean;
  choose: () => void;
}

export function selectBox(ctx: ZoomContext, label: string, options: SelectOption[]): LiveControl {
  const { doc } = ctx;
  const value = h(doc, 'span', { class: 'zmu-select__value' });
  const trigger = h(
    doc,
    'button',
    {
      type: 'button',
      role: 'combobox',
      class: 'zmu-select__trigger',
      'aria-haspopup': 'listbox',
      'aria-expanded': 'false',
      'aria-label': label,
    },
    value,
  );
  const list = h(doc, 'ul', { role: 'listbox', class: 'zmu-select__list', 'aria-label': label });
  const closeList = () => {
    list.replaceChildren();
    list.remove();
    trigger.setAttribute('aria-expanded', 'false');
  };
  trigger.addEventListener('click', () => {
    if (list.isConnected) return closeList();
    trigger.setAttribute('aria-expanded', 'true');
    trigger.after(list);
    ctx.scheduler.later(() => {
      for (const option of options) {
        const item = h(
          doc,
          'li',
          { role: 'option', class: 'zmu-select__option', 'aria-selected': String(option.selected()) },
          option.text,
        );
        item.addEventListener('click', () => {
          closeList();
          if (!option.selected()) act(ctx, option.choose);
        });
        list.append(item);
      }
    });
  });
  const element = h(
    doc,
    'div',
    { class: 'host-tools-panel__select-row' },
    h(doc, 'div', { class: 'host-tools-panel__select-label' }, label),
    h(doc, 'div', { class: 'zmu-select' }, trigger),
  );
  const refresh = () => syncText(value, options.find((o) => o.selected())?.text ?? '');
  refresh();
  return { element, refresh };
}
