/*
 * The Security Options dialog (security/components/security-dialog/web/SecurityDialog.tsx):
 * `.security-dialog` with the lobby section (lobby/components/web/LobbySection.tsx: switch
 * `#lobby-section-switch`, a native checkbox) and the password section (PasswordSection.tsx,
 * PasswordForm.tsx: `.add-password` → `#info-password-input` → "Add"; `.info-password-local`,
 * `.remove-password`). No OK or Cancel button, only the close icon (tests/pageobjects/SecurityDialog.ts).
 */
import type { Ctx } from './context';
import { openDialog, toggleSwitch } from './dialog';
import { h, replaceChildren } from './dom';
import { setLobby, setPassword } from './host-ops';

export function openSecurityDialog(ctx: Ctx): void {
  const { doc, model, s } = ctx;
  const lobby = toggleSwitch(
    ctx,
    'lobby-section-switch',
    () => model.lobbyEnabled,
    (next) => ctx.act(() => setLobby(model, next)),
  );
  const password = passwordSection(ctx);
  const stop = model.subscribe((change) => {
    if (change !== 'lobby') return;
    lobby.repaint();
    password.repaint();
  });
  openDialog(ctx, {
    title: s.securityTitle,
    cancel: false,
    body: [
      h(
        doc,
        'div',
        { class: 'security-dialog' },
        h(
          doc,
          'div',
          { id: 'lobby-section' },
          h(doc, 'p', { class: 'description', role: 'banner' }, s.lobbyDescription),
          h(
            doc,
            'div',
            { class: 'control-row' },
            h(doc, 'label', { for: 'lobby-section-switch' }, s.lobbyToggle),
            lobby.el,
          ),
        ),
        h(doc, 'div', { class: 'separator-line' }),
        password.el,
      ),
    ],
    onClose: stop,
  });
}

function passwordSection(ctx: Ctx): { el: HTMLElement; repaint(): void } {
  const { doc, model, s } = ctx;
  let editing = false;
  const form = h(doc, 'div', { class: 'info-password' });
  const actions = h(doc, 'div', { class: 'security-dialog password-actions' });
  const link = (label: string, className: string, onClick: () => void, srOnly = true) => {
    const button = h(doc, 'button', { class: className, type: 'button' }, label);
    if (srOnly) button.append(h(doc, 'span', { class: 'sr-only' }, `(${s.password})`));
    button.addEventListener('click', onClick);
    return button;
  };
  const repaint = () => {
    if (model.password) editing = false;
    replaceChildren(form);
    replaceChildren(actions);
    if (model.password) {
      form.append(
        h(doc, 'span', { class: 'info-label' }, s.passwordLabel),
        h(doc, 'span', { class: 'spacer' }, '\u00a0'),
        h(
          doc,
          'span',
          { class: 'info-password-field info-value' },
          h(doc, 'div', { class: 'info-password-local' }, '******'),
        ),
      );
      actions.append(link(s.remove, 'remove-password as-link', () => ctx.act(() => setPassword(model, ''))));
    } else if (editing) {
      const input = h(doc, 'input', {
        'aria-label': s.addPassword,
        id: 'info-password-input',
        placeholder: s.password,
        type: 'password',
      });
      const save = () => {
        const value = input.value;
        if (value) ctx.act(() => setPassword(model, value));
      };
      input.addEventListener('keypress', (event) => {
        if (event.key === 'Enter') save();
      });
      form.append(h(doc, 'div', { class: 'info-password-form' }, h(doc, 'div', {}, h(doc, 'div', {}, input))));
      actions.append(
        link(s.cancel, 'as-link', () => ((editing = false), repaint())),
        link(s.add, 'as-link', save),
      );
    } else {
      actions.append(link(s.addPassword, 'add-password as-link', () => ((editing = true), repaint()), false));
    }
  };
  repaint();
  const el = h(
    doc,
    'div',
    { class: 'security-dialog password-section' },
    h(doc, 'p', { class: 'description' }, s.passwordAbout),
    h(
      doc,
      'div',
      { class: 'security-dialog password' },
      h(doc, 'div', { class: 'info-dialog info-dialog-column info-dialog-password' }, form),
      actions,
    ),
  );
  return { el, repaint };
}
