import type { ViewContext } from './context';
import { clear, h } from './dom';
import type { SwitchKey } from './host-actions';
import type { AccessType } from './model';
import type { PanelRender } from './side-panel';
import { switchRow } from './switch';

/*
 * "Host controls" side panel. No public code records it (meeting-dom.md §2.3), so the wording
 * is Google Help's: "Meeting moderation" > "Host management"; "Let everyone" > "Share their
 * screen", "Send chat messages", "Turn on their microphone", "Turn on their video"; "Meeting
 * access" > Open / Trusted / Restricted (sources in NOTES.md). Controls re-render from the model,
 * so an inert client snaps back.
 */
export function renderHostControls(ctx: ViewContext): PanelRender {
  return (body) => {
    const draw = () => {
      clear(body);
      const { doc, t, cls, model, actions } = ctx;
      const s = model.settings;
      const sw = (label: string, key: SwitchKey) =>
        switchRow(ctx, label, s[key], (want) => actions.setSwitch(key, want));
      body.append(
        h(doc, 'p', { class: cls('hcIntro') }, t.hostControlsIntro),
        h(doc, 'h3', { class: cls('hcSection') }, t.meetingModeration),
        sw(t.hostManagement, 'hostManagement'),
      );
      if (s.hostManagement) {
        body.append(
          h(doc, 'h4', { class: cls('hcSub') }, t.letEveryone),
          sw(t.shareTheirScreen, 'shareAllowed'),
          sw(t.sendChatMessages, 'chatAllowed'),
          sw(t.turnOnMicrophone, 'unmuteAllowed'),
          sw(t.turnOnVideo, 'videoAllowed'),
        );
      }
      body.append(h(doc, 'h3', { class: cls('hcSection') }, t.meetingAccess), accessGroup(ctx, draw));
    };
    draw();
    return ctx.model.subscribe((change) => {
      if (change.kind === 'settings') draw();
    });
  };
}

/** Material radios (native inputs with labels), one per access type. */
function accessGroup(ctx: ViewContext, redraw: () => void): HTMLElement {
  const { doc, t, cls, model, actions } = ctx;
  const choices: [AccessType, string][] = [
    ['open', t.accessOpen],
    ['trusted', t.accessTrusted],
    ['restricted', t.accessRestricted],
  ];
  const group = h(doc, 'div', { class: cls('accessGroup'), role: 'radiogroup', 'aria-label': t.meetingAccess });
  const base = cls('accessRadio').split(' ')[0];
  for (const [value, label] of choices) {
    const id = `${base}-${value}`;
    const input = h(doc, 'input', { type: 'radio', id, name: base, value, class: cls('accessInput') });
    input.checked = model.settings.access === value;
    input.addEventListener('change', () => {
      actions.setAccess(value);
      // The radio only shows the server's state: snap back until the change lands.
      redraw();
    });
    group.append(
      h(doc, 'div', { class: cls('accessRow') }, input, h(doc, 'label', { for: id, class: cls('accessLabel') }, label)),
    );
  }
  return group;
}
