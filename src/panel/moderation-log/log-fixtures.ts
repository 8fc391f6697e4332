import en from '../../public/_locales/en/messages.json';
import { catalogueSource, type MessageCatalogue } from '../catalogue';
import { setMessageSource } from '../i18n';
import { alert, participant, record, sessionWith, T0 } from '../testing/fixtures';

/** Tests of the log read English, as the host of the fixtures would. */
export const useEnglish = () => setMessageSource(catalogueSource(en as MessageCatalogue), 'en');

/** Names a spreadsheet would run, and names that hide or reorder text. */
export const HOSTILE_NAMES = {
  hyperlink: '=HYPERLINK("http://x")',
  plus: '+1',
  minus: '-2+3',
  at: '@SUM(A1)',
  tab: '\t=1',
  quoted: 'Bob "the builder", esq.\nline two',
  rtl: 'Ali\u202Eec\u200Bnaz',
};

/**
 * A meeting where Shield and the host both acted: a rule stop-share for a hostile name, a panic
 * step by shortcut, a failed lock, a Shield lock the host undid, and a report waiting for the host.
 */
export function moderatedSession() {
  const people = [
    participant({ id: 'p1', name: HOSTILE_NAMES.hyperlink }),
    participant({ id: 'p2', name: HOSTILE_NAMES.quoted }),
  ];
  const alerts = [
    alert({ id: 'a1', kind: 'hostile-name', participantId: 'p1', values: { category: 'hate', term: 'x' } }),
    alert({ id: 'a2', kind: 'join-burst', values: { count: 6, seconds: 10 } }),
  ];
  const actions = [
    record({
      id: 'r1',
      at: T0 + 1000,
      hostAction: 'stop-share',
      step: 'stop-share',
      origin: 'rule',
      participantId: 'p1',
      trigger: { alertId: 'a1', alertKind: 'hostile-name' },
    }),
    record({ id: 'r2', at: T0 + 2000, hostAction: 'panic', step: 'shareAllowed', origin: 'shortcut' }),
    record(
      { id: 'r3', at: T0 + 3000, hostAction: 'lock', step: 'locked' },
      { ok: false, code: 'control-missing', detail: 'no lock toggle' },
    ),
    record({
      id: 'r4',
      at: T0 + 4000,
      hostAction: 'set-settings',
      step: 'set-settings',
      origin: 'rule',
      trigger: { alertId: 'a2', alertKind: 'join-burst' },
      undoneBy: 'r5',
    }),
    record({ id: 'r5', at: T0 + 5000, hostAction: 'undo', step: 'setting:locked', reverses: 'r4' }),
    record(
      { id: 'r6', at: T0 + 6000, hostAction: 'report', step: 'report', participantId: 'p2' },
      { ok: false, code: 'awaiting-host' },
    ),
  ];
  return sessionWith(people, { alerts, actions, platform: 'zoom', title: 'Weekly class' });
}
