import type { VariantPage } from './variants.fixture';

/*
 * A Host tools panel (build 7.2.0's pages and copy, capture §7) drawn with native controls:
 * checkbox switches inside labels, a <select> for "Who can share?", the title in the header.
 * The capture gives only the look of these controls, so the adapter must read either kind.
 */
const el = (tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

export function mountNativeHostTools(toolbar: HTMLElement, stage: HTMLElement, page: VariantPage): void {
  const open = el('button', { 'aria-label': 'Host tools' }, 'Host tools');
  toolbar.append(open);
  const title = el('div', { class: 'panel-shell-header__title' });
  const back = el('button', { class: 'panel-shell-header__back', 'aria-label': 'Back' });
  const content = el('div', { class: 'panel-shell__content' });
  const panel = el(
    'div',
    { class: 'panel-shell host-tools-panel' },
    el('div', { class: 'panel-shell-header__header' }, back, title),
    content,
  );
  const parents: Record<string, string> = { participants: 'root', advanced: 'root', share: 'advanced' };
  let at = 'root';
  back.addEventListener('click', () => show(parents[at] ?? 'root'));
  open.addEventListener('click', () => (stage.after(panel), show('root')));

  const row = (label: string, key: keyof VariantPage['settings']) => {
    const box = el('input', { type: 'checkbox', role: 'switch' }) as HTMLInputElement;
    box.checked = page.settings[key];
    box.addEventListener('change', () => {
      const want = box.checked;
      box.checked = !want; // the switch follows the meeting, not the click
      setTimeout(() => ((page.settings[key] = want), (box.checked = want)), 5);
    });
    return el('div', { class: 'host-tools-panel__row' }, el('label', {}, el('span', {}, label), box));
  };
  const drill = (label: string, to: string) => {
    const button = el('button', { class: 'host-tools-panel__menu-button' }, label);
    button.addEventListener('click', () => show(to));
    return button;
  };
  const pages: Record<string, () => [string, HTMLElement[]]> = {
    root: () => [
      'Host tools',
      [row('Lock Meeting', 'locked'), drill('Participants', 'participants'), drill('Advanced', 'advanced')],
    ],
    participants: () => [
      'Participants',
      [
        row('Chat', 'chatAllowed'),
        row('Rename Themselves', 'renameAllowed'),
        row('Unmute Themselves', 'unmuteAllowed'),
      ],
    ],
    advanced: () => ['Advanced', [drill('AI', 'advanced'), drill('Share', 'share')]],
    share: () => {
      const select = el(
        'select',
        { id: 'who' },
        el('option', { value: 'all' }, 'All Participants'),
        el('option', { value: 'host' }, 'Only Host'),
      ) as HTMLSelectElement;
      select.value = page.settings.shareAllowed ? 'all' : 'host';
      select.addEventListener('change', () =>
        setTimeout(() => {
          page.settings.shareAllowed = select.value === 'all';
          if (!page.settings.shareAllowed) page.share(null);
        }, 5),
      );
      return ['Share', [el('div', {}, el('label', { for: 'who' }, 'Who can share?'), select)]];
    },
  };
  function show(page: string) {
    at = page;
    const [text, nodes] = pages[page]!();
    title.textContent = text;
    content.replaceChildren();
    setTimeout(() => content.replaceChildren(...nodes), 5);
  }
}
