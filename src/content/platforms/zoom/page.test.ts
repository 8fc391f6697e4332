import { describe, expect, it } from 'vitest';
import { isRowMuted, parseRoleLabel, sharerName, totalCount } from './page';

const html = (build: (body: HTMLElement) => void) => {
  document.body.replaceChildren();
  build(document.body);
  return document;
};
const el = (tag: string, attrs: Record<string, string> = {}, text = '') => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.textContent = text;
  return node;
};

describe('Zoom page readers', () => {
  it.each([
    ['(Host, me)', 'host', true],
    ['(Host)', 'host', false],
    [' (Host)', 'host', false],
    ['(Co-host)', 'cohost', false],
    ['(Me)', 'participant', true],
    ['(Guest)', 'participant', false],
    ['', 'participant', false],
    ['(Hôte, moi)', 'host', true],
    ['(Co-animateur)', 'cohost', false],
    ['(Invité)', 'participant', false],
  ] as const)('role label %j → %s, self %s', (label, role, self) => {
    expect(parseRoleLabel(label)).toEqual({ role, self });
  });

  it.each([
    ['Ana,computer audio muted,video off', true],
    ['Ana, the host, fr,computer audio unmuted,video on', false],
    ['Jojo Shapiro (Host),computer audio unmuted,video on', false],
    ['Barak Kolnik (Host) computer audio muted video off', true],
    ['User1 (Me) no audio connected video off     ', true],
    ["Ana,audio de l'ordinateur désactivé,vidéo activée", true],
    ["Ana,audio de l'ordinateur activé,vidéo activée", false],
  ])('row aria-label %j → muted %s', (label, muted) => {
    const row = el('div', { 'aria-label': label });
    expect(isRowMuted(row)).toBe(muted);
  });

  it('reads the head count from the panel title, the badge, or the button label', () => {
    const panel = el('div', { class: 'participants-section-container' });
    panel.append(el('span', { 'aria-label': 'Participants (12)' }, 'Participants (12)'));
    expect(totalCount(html((b) => b.append(panel)))).toBe(12);
    expect(totalCount(html((b) => b.append(el('span', { class: 'footer-button__number-counter' }, '7'))))).toBe(7);
    const old = el('button', { 'aria-label': 'open the participants list pane,[2] particpants' });
    expect(totalCount(html((b) => b.append(old)))).toBe(2);
  });

  it('names the sharer from the indicator text, with or without the tip and View Options', () => {
    const tip = () => {
      const view = el('div', { id: 'sharee-container' });
      view.append(el('div', { class: 'sharee-sharing-indicator__tip' }, "You are viewing Eve's screen's screen"));
      return view;
    };
    expect(sharerName(html((b) => b.append(tip())))).toBe("Eve's screen");
    const bare = el('div', { class: 'sharee-container' });
    const indicator = el('div', { class: 'sharee-container__indicator' }, "You are viewing Ana's screen");
    indicator.append(el('button', {}, 'View Options'));
    bare.append(indicator);
    expect(sharerName(html((b) => b.append(bare)))).toBe('Ana');
    expect(sharerName(html(() => undefined))).toBeNull();
  });
});

describe('Zoom adapter presence', () => {
  it('is present in the client frame only, not in the Workplace shell around it', async () => {
    const { zoomAdapter } = await import('./adapter');
    const shell = el('div', { class: 'pwa-webclient' });
    shell.append(el('div', { class: 'pwa-webclient__iframe-wrapper' }, ''));
    shell.firstElementChild!.append(el('iframe', { class: 'pwa-webclient__iframe', id: 'webclient' }));
    expect(zoomAdapter.present(html((b) => b.append(shell)))).toBe(false);
    const { mountReplica } = await import('../../../replicas/zoom/client');
    const control = mountReplica(html(() => undefined).body);
    expect(zoomAdapter.present(document)).toBe(true);
    expect(zoomAdapter.title(document)).toBe("Alex Morgan's Zoom Meeting");
    control.unmount();
  });
});
