import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../../shared/model/meeting-event';
import { zoomAdapter } from './adapter';
import { mountNativeHostTools } from './host-tools-variant.fixture';
import { mountSecurityMenuClient } from './variants.fixture';
import { until } from './zoom.fixture';

const NAMES: [string, string][] = [
  ['Pat Lee', '(Me)'],
  ['Barak Kolnik', '(Host)'],
  ['Eve (Host)', ''],
  ['Sam Ortiz', ''],
];
let controller: AbortController | undefined;
afterEach(() => controller?.abort());
const signal = () => AbortSignal.timeout(8_000);

function observe(): MeetingEvent[] {
  const events: MeetingEvent[] = [];
  controller = new AbortController();
  zoomAdapter.start(document, (event) => events.push(event), controller.signal);
  return events;
}

describe('Zoom adapter on the older Security-button client', () => {
  it('reads `#participants-ul` li rows with space-separated labels', async () => {
    mountSecurityMenuClient(NAMES);
    expect(zoomAdapter.probe(document).ok).toBe(true);
    const events = observe();
    await until(events, (e) => e.kind === 'roster');
    const roster = events.find((e) => e.kind === 'roster');
    expect(roster?.kind === 'roster' && roster.participants.map(({ name, role, self }) => [name, role, self])).toEqual([
      ['Pat Lee', 'participant', true],
      ['Barak Kolnik', 'host', false],
      ['Eve (Host)', 'participant', false],
      ['Sam Ortiz', 'participant', false],
    ]);
  });

  it('set-settings, stop-share and suspend go through the Security menu', async () => {
    const page = mountSecurityMenuClient(NAMES);
    const events = observe();
    await until(events, (e) => e.kind === 'roster');
    const settings = await zoomAdapter.actions['set-settings']!(
      { id: 'set-settings', changes: { locked: true, chatAllowed: false } },
      signal(),
    );
    expect(settings, settings.detail).toMatchObject({
      ok: true,
      before: { locked: false, chatAllowed: true },
      after: { locked: true, chatAllowed: false },
    });
    page.share('Sam Ortiz');
    const stopped = await zoomAdapter.actions['stop-share']!(
      { id: 'stop-share', participantId: 'Sam Ortiz' },
      signal(),
    );
    expect(stopped, stopped.detail).toMatchObject({ ok: true });
    expect(page.settings.shareAllowed).toBe(false);
    const suspended = await zoomAdapter.actions.suspend!({ id: 'suspend' }, signal());
    expect(suspended, suspended.detail).toMatchObject({ ok: true });
    expect(page.suspended).toBe(true);
  });
});

describe('Zoom adapter on a Host tools panel of native controls', () => {
  it('switches checkboxes and chooses "Only Host" in a <select>', async () => {
    const page = mountSecurityMenuClient(NAMES);
    document.querySelector('#securityOptionMenu')?.closest('.btn-group')?.remove();
    mountNativeHostTools(
      document.querySelector('.footer__inner')!,
      document.querySelector('#wc-container-left')!,
      page,
    );
    const changes = { shareAllowed: false, locked: true, unmuteAllowed: false };
    const result = await zoomAdapter.actions['set-settings']!({ id: 'set-settings', changes }, signal());
    expect(result, result.detail).toMatchObject({
      ok: true,
      after: changes,
      before: { shareAllowed: true, locked: false, unmuteAllowed: true },
    });
    expect(page.settings).toMatchObject(changes);
  }, 10_000);
});
