/*
 * Hand-built pages in the other documented shapes of Zoom's client, so the adapter is checked
 * against more than one replica: the older Security-button client (JSX reproduction file
 * #36335233307; `#participants-ul`, `li` rows with space-separated aria-labels, meeting-dom.md
 * §1.1–1.2) and a Host tools panel built from native controls (checkbox switches, a <select>).
 */
export interface VariantPage {
  settings: Record<'locked' | 'shareAllowed' | 'chatAllowed' | 'renameAllowed' | 'unmuteAllowed', boolean>;
  suspended: boolean;
  share(name: string | null): void;
}

const el = (tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};
const later = (work: () => void) => setTimeout(work, 5);

function shell(toolbar: HTMLElement[], names: [string, string][]) {
  document.body.replaceChildren();
  const stage = el('div', { id: 'wc-container-left' });
  const content = el('div', { id: 'wc-content' }, stage);
  document.body.append(el('div', { class: 'meeting-client' }, el('div', { class: 'meeting-client-inner' }, content)));
  const button = el('button', {
    class: 'footer-button__button',
    'aria-label': `open the participants list pane,[${names.length}] particpants`,
  });
  button.addEventListener('click', () =>
    later(() => {
      const rows = names.map(([name, label], i) =>
        el(
          'li',
          {
            role: 'application',
            id: `participants-list-${i}`,
            class: 'item-pos participants-li',
            'aria-label': `${name} ${label} computer audio muted video off     `,
          },
          el(
            'span',
            { class: 'participants-item__name-section' },
            el('span', { class: 'participants-item__display-name' }, name),
            el('span', { class: 'participants-item__name-label' }, label),
          ),
        ),
      );
      const list = el(
        'div',
        { id: 'participants-ul', role: 'list', 'aria-label': 'Participants list' },
        el('ul', { class: 'participants-ul' }, ...rows),
      );
      content.append(
        el('div', { id: 'wc-container-right' }, el('div', { class: 'participants-section-container' }, list)),
      );
    }),
  );
  stage.append(
    el('footer', { id: 'wc-footer', class: 'footer' }, el('div', { class: 'footer__inner' }, ...toolbar, button)),
  );
  return { stage, content };
}

function shareView(stage: HTMLElement, name: string | null) {
  stage.querySelector('.sharing-layout')?.remove();
  if (name === null) return;
  const tip = el('div', { class: 'sharee-sharing-indicator__tip' }, `You are viewing ${name}'s screen`);
  stage.prepend(
    el(
      'div',
      { class: 'sharing-layout' },
      el('div', { class: 'sharee-container' }, el('div', { class: 'sharee-container__indicator' }, tip)),
    ),
  );
}

/** The older client: Security button with a react-bootstrap menu that closes on each choice. */
export function mountSecurityMenuClient(names: [string, string][]): VariantPage {
  const page: VariantPage = {
    settings: { locked: false, shareAllowed: true, chatAllowed: true, renameAllowed: true, unmuteAllowed: true },
    suspended: false,
    share: (name) => shareView(stage, name),
  };
  const items: [string, keyof VariantPage['settings'] | 'suspend'][] = [
    ['Lock Meeting', 'locked'],
    ['Share Screen', 'shareAllowed'],
    ['Chat', 'chatAllowed'],
    ['Rename Themselves', 'renameAllowed'],
    ['Unmute Themselves', 'unmuteAllowed'],
    ['Suspend Participant Activities', 'suspend'],
  ];
  const security = el('button', { id: 'securityOptionMenu', 'aria-label': 'more security options' }, 'Security');
  const group = el('div', { class: 'security-option-menu dropup btn-group' }, security);
  const close = () => group.querySelector('ul')?.remove();
  const choose = (key: (typeof items)[number][1]) => {
    close();
    if (key !== 'suspend')
      return later(() => {
        page.settings[key] = !page.settings[key];
        if (key === 'shareAllowed' && !page.settings.shareAllowed) shareView(stage, null);
      });
    const confirm = el('button', {}, 'Suspend');
    const dialog = el(
      'div',
      { class: 'ReactModal__Content', role: 'dialog' },
      'Suspend participant activities?',
      confirm,
    );
    confirm.addEventListener('click', () => {
      dialog.remove();
      later(() => {
        Object.assign(page.settings, {
          locked: true,
          shareAllowed: false,
          chatAllowed: false,
          renameAllowed: false,
          unmuteAllowed: false,
        });
        page.suspended = true;
        shareView(stage, null);
      });
    });
    later(() => document.body.append(dialog));
  };
  security.addEventListener('click', () => {
    if (group.querySelector('ul')) return close();
    const menu = el('ul', { role: 'menu', class: 'security-option-menu__pop-menu dropdown-menu' });
    group.append(menu);
    later(() => {
      for (const [text, key] of items) {
        const on = key !== 'suspend' && page.settings[key];
        const link = el(
          'a',
          {
            role: 'menuitem',
            href: '#',
            'aria-selected': String(on),
            'aria-label': `${text} ${on ? 'selected' : 'unselect'}`,
          },
          text,
        );
        link.addEventListener('click', (event) => (event.preventDefault(), choose(key)));
        menu.append(
          el('li', { role: 'presentation', class: on ? 'security-option-menu__pop-menu--checked' : '' }, link),
        );
      }
    });
  });
  const { stage } = shell([group], names);
  return page;
}
