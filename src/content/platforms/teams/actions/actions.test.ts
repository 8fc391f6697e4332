import { afterEach, describe, expect, it } from 'vitest';
import { teamsAdapter } from '../adapter';
import { mountTeams, record, signal, type Recorder, type TeamsPage } from '../teams.fixture';

let page: TeamsPage;
let recorder: Recorder | undefined;
afterEach(() => {
  recorder?.stop();
  recorder = undefined;
  page?.unmount();
});
const { actions } = teamsAdapter;

async function idOf(name: string): Promise<string> {
  recorder ??= record();
  const roster = await recorder.next('roster', undefined, 8_000);
  const joined = recorder.events.find((e) => e.kind === 'joined' && e.participant.name === name);
  const found =
    roster.participants.find((p) => p.name === name) ?? (joined?.kind === 'joined' ? joined.participant : undefined);
  if (!found) throw new Error(`no ${name}`);
  return found.id;
}

describe('Teams adapter: actions', () => {
  it('removes someone far down a virtualised list of 500', async () => {
    page = mountTeams({ participants: 500 });
    const target = page.replica.state().participants[320]!;
    const result = await actions.remove!(
      { id: 'remove', participantId: await idOf(target.name), blockRejoin: true },
      signal(),
    );
    expect(result, result.detail).toMatchObject({ ok: true, code: 'done' });
    expect(result.detail).toMatch(/cannot block/);
    expect(page.replica.state().removed.map((r) => r.name)).toEqual([target.name]);
  }, 20_000);

  it('stop-share makes the sharer an attendee; a co-organizer sharing cannot be stopped from the roster', async () => {
    page = mountTeams();
    page.replica.share('p1');
    const ok = await actions['stop-share']!({ id: 'stop-share', participantId: await idOf('Ana Souza') }, signal());
    expect(ok, ok.detail).toMatchObject({ ok: true, code: 'done' });
    expect(page.replica.state().participants.some((p) => p.sharing)).toBe(false);
    const co = page.replica.join('Dana Co', 'cohost');
    page.replica.share(co);
    await recorder!.next('joined');
    const refused = await actions['stop-share']!({ id: 'stop-share', participantId: await idOf('Dana Co') }, signal());
    expect(refused).toMatchObject({ ok: false, code: 'control-missing' });
    const idle = await actions['stop-share']!({ id: 'stop-share', participantId: await idOf('Ben Okafor') }, signal());
    expect(idle).toMatchObject({ ok: true, detail: 'was not sharing' });
  });

  it('an unknown participant is target-missing', async () => {
    page = mountTeams();
    const result = await actions.remove!({ id: 'remove', participantId: 'user:nobody', blockRejoin: false }, signal());
    expect(result.code).toBe('target-missing');
  });

  it('French client: panic settings, then restore, each read back from the page', async () => {
    page = mountTeams({ lang: 'fr' });
    const panic = { shareAllowed: false, locked: true, chatAllowed: false, unmuteAllowed: false };
    const first = await actions['set-settings']!({ id: 'set-settings', changes: panic }, signal());
    expect(first, first.detail).toMatchObject({
      ok: true,
      before: { shareAllowed: true, locked: false },
      after: panic,
    });
    expect(page.replica.state().settings).toEqual(panic);
    expect(document.querySelector('[role="tree"]')).not.toBeNull(); // People is back after meeting options
    const restore = { shareAllowed: true, locked: false, chatAllowed: true, unmuteAllowed: true };
    const second = await actions['set-settings']!({ id: 'set-settings', changes: restore }, signal());
    expect(second, second.detail).toMatchObject({ ok: true, before: panic, after: restore });
    expect(page.replica.state().settings).toEqual(restore);
  });

  it('French client: mute all', async () => {
    page = mountTeams({ lang: 'fr' });
    const result = await actions['mute-all']!({ id: 'mute-all' }, signal());
    expect(result, result.detail).toMatchObject({ ok: true });
    expect(page.replica.state().participants.every((p) => p.self || p.muted)).toBe(true);
  });

  it('asking for a setting Teams does not have is not confirmed', async () => {
    page = mountTeams();
    const result = await actions['set-settings']!({ id: 'set-settings', changes: { renameAllowed: false } }, signal());
    expect(result).toMatchObject({ ok: false, code: 'not-verified' });
  });
});
