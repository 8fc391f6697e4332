import type { ReplicaState } from '../../src/replicas/replica';
import { expect, test } from '../support/firefox-fixtures';
import { REPLICA_URLS } from '../support/replica-pages';
import { remoteFirefox, routeReplicaFirefox } from '../support/replica-route-firefox';

const intruderSharing = (state: ReplicaState) => state.participants.some((p) => p.sharing && !p.self);

// Zoom (its meeting in a same-origin iframe) and Meet in Firefox, at their real URLs: the same
// scenario as e2e/chromium/real-clients.spec.ts. Panic runs through the background's test hook,
// because BiDi key input never fires `commands` (real-shortcut.spec.ts presses the real keys).
for (const platform of ['zoom', 'meet'] as const) {
  test(`Firefox ${platform}: a join and a share are seen, panic contains them, Restore reopens`, async ({
    firefox,
  }) => {
    const meeting = await firefox.openMeeting(REPLICA_URLS[platform], (page) => routeReplicaFirefox(page, platform));
    expect((await meeting.session())?.platform).toBe(platform);
    const client = remoteFirefox(meeting.page);
    const before = (await client.state()).settings;
    const named = async () =>
      Object.values((await meeting.session())?.participants ?? {}).find((p) => p.name === 'Raid Er');

    const raider = await client.join('Raid Er');
    await expect.poll(async () => (await named())?.present).toBe(true);
    await client.share(raider);
    await expect.poll(async () => (await named())?.sharing).toBe(true);

    await meeting.page.bringToFront(); // the host's meeting tab is in front: background tabs throttle timers
    await firefox.runCommand('panic');
    await expect.poll(async () => intruderSharing(await client.state()), { timeout: 15_000 }).toBe(false);
    await expect.poll(async () => (await client.state()).settings.locked, { timeout: 15_000 }).toBe(true);
    await expect.poll(async () => (await meeting.session())?.panic?.finishedAt, { timeout: 20_000 }).toBeDefined();
    const failed = ((await meeting.session())?.actions ?? []).filter((a) => a.hostAction === 'panic' && !a.result.ok);
    expect(failed.map((a) => `${a.step}: ${a.result.detail}`)).toEqual([]);

    const panel = await firefox.panel();
    await panel.bringToFront();
    await panel.click('[data-testid="restore-button"]');
    // In Firefox the panel is a sidebar beside the meeting, which stays in front; here it is a tab,
    // so put the meeting back in front before the restore's menu steps run on throttled timers.
    await meeting.page.bringToFront();
    await expect.poll(async () => (await meeting.session())?.panic?.restoredAt, { timeout: 15_000 }).toBeDefined();
    expect((await client.state()).settings).toEqual(before);
  });
}
