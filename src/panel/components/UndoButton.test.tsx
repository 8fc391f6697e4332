import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { THREAT_KINDS } from '../../shared/model/alert';
import type { ActionRecord, MeetingSession } from '../../shared/model/session';
import { msgKey } from '../i18n';
import { FakeConnector } from '../testing/fake-connector';
import { participant, record, sessionWith, T0 } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

afterEach(cleanup);

/** Shield locked the meeting after a join burst; the record says how to put it back. */
const shieldLock = (overrides: Partial<ActionRecord> = {}): ActionRecord =>
  record({
    id: 'a1',
    hostAction: 'lock',
    step: 'locked',
    origin: 'rule',
    trigger: { alertId: 'burst', alertKind: 'join-burst' },
    undo: { kind: 'set-settings', changes: { locked: false } },
    ...overrides,
  });

const meeting = (actions: ActionRecord[], overrides: Partial<MeetingSession> = {}) =>
  sessionWith([participant({ id: 'p1', name: 'Raider' })], { actions, ...overrides });

async function panelWith(actions: ActionRecord[], overrides: Partial<MeetingSession> = {}) {
  return renderPanel(new FakeConnector({ sessions: { 1: meeting(actions, overrides) } }));
}

describe('Undo in the action log', () => {
  it('sends undo with the record id, and shows it is working until the reply', async () => {
    const connector = new FakeConnector({ sessions: { 1: meeting([shieldLock()]) } });
    let answer!: (value: unknown) => void;
    connector.reply = () => new Promise((resolve) => (answer = resolve));
    await renderPanel(connector);
    const undo = screen.getByRole('button', { name: 'Undo: Lock meeting' });
    undo.click();
    expect(connector.sent).toEqual([{ tabId: 1, command: { kind: 'undo', actionId: 'a1' } }]);
    await waitFor(() => expect(undo.getAttribute('aria-busy')).toBe('true'));
    undo.click();
    expect(connector.sent).toHaveLength(1);
    answer({ ok: true, steps: [] });
    await waitFor(() => expect(undo.getAttribute('aria-busy')).toBeNull());
  });

  it('undoes two different steps pressed in quick succession', async () => {
    const connector = new FakeConnector({
      sessions: {
        1: meeting([shieldLock(), shieldLock({ id: 'a2', hostAction: 'set-settings', step: 'shareAllowed' })]),
      },
    });
    connector.reply = () => new Promise(() => undefined); // the first is still running
    await renderPanel(connector);
    for (const button of screen.getAllByTestId('undo-button')) button.click();
    expect(connector.sent.map((s) => s.command)).toEqual([
      { kind: 'undo', actionId: 'a2' },
      { kind: 'undo', actionId: 'a1' },
    ]);
  });

  it('replaces the button with "Undone" once the background marks the record undone', async () => {
    const { connector } = await panelWith([shieldLock()]);
    expect(screen.queryByTestId('undone')).toBeNull();
    const reversal = record({ id: 'a9', at: T0 + 5, hostAction: 'undo', step: 'set-settings', reverses: 'a1' });
    connector.emit({ sessions: { 1: meeting([shieldLock({ undoneBy: 'a9' }), reversal]) } });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo: Lock meeting' })).toBeNull());
    expect(screen.getAllByTestId('undone').map((el) => el.textContent)).toEqual(['Undone']);
    expect(screen.queryAllByTestId('undo-button')).toEqual([]);
  });

  it('shows "Undone" and no button for a record already undone', async () => {
    await panelWith([shieldLock({ undoneBy: 'a9' })]);
    expect(screen.getByTestId('undone').textContent).toBe('Undone');
    expect(screen.queryByTestId('undo-button')).toBeNull();
  });

  it('offers no undo on a step that cannot be put back, nor once the meeting tab closed', async () => {
    await panelWith([record({ id: 'r1', hostAction: 'eject', step: 'remove', participantId: 'p1' })]);
    expect(screen.queryByTestId('undo-button')).toBeNull();
    cleanup();
    await panelWith([shieldLock()], { endedAt: T0 + 60_000 });
    expect(screen.queryByTestId('undo-button')).toBeNull();
  });
});

describe('Shield steps in the action log', () => {
  it('name the rule that fired', async () => {
    await panelWith([
      shieldLock(),
      record({
        id: 'h',
        origin: 'rule',
        trigger: { alertId: 'x', alertKind: 'hostile-name' },
        hostAction: 'eject',
        step: 'remove',
      }),
      record({ id: 'p', origin: 'panel', hostAction: 'lock', step: 'locked' }),
    ]);
    const rows = screen.getAllByTestId('action-result');
    expect(rows.map((row) => within(row).queryByTestId('result-rule')?.textContent ?? null)).toEqual([
      null,
      'By Shield, rule: hostile name',
      'By Shield, rule: join burst',
    ]);
  });

  it.each(['en', 'fr'])('every threat alert kind has a short rule name in %s', (lang) => {
    const path = join(import.meta.dirname, `../../public/_locales/${lang}/messages.json`);
    const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const missing = [...THREAT_KINDS, 'unexpected-joiner'].filter((kind) => !(msgKey('rule_name', kind) in messages));
    expect(missing).toEqual([]);
  });
});
