import type { ReplicaState } from '../../src/replicas/replica';
import { expect, pressShortcut, test } from '../support/fixtures';
import { REPLICA_PLATFORMS, REPLICA_URLS } from '../support/replica-pages';
import { remote, routeReplica } from '../support/replica-route-chromium';
import { shortcutOf } from '../support/shortcut';
import { SESSION_READY_TIMEOUT_MS } from '../support/fixtures';

const intruderSharing = (state: ReplicaState) => state.participants.some((p) => p.sharing && !p.self);

/*
 * Each real client, served at its real URL (request routing), with the built extension: the
 * content script injects as in production, sees a join and a share, and the real panic shortcut
 * contains the attack through that platform's own controls; Restore puts back what panic changed.
 * Every outcome is read from the client's own model, never from Hostguard's.
 */
for (const platform of REPLICA_PLATFORMS) {
  test(`${platform}: a join and a share are seen, panic by shortcut contains them, Restore reopens`, async ({
    extension,
    openPanel,
  }) => {
    await routeReplica(extension.context, platform);
    const { page, tabId } = await extension.newTab();
    await page.goto(REPLICA_URLS[platform]);
    const session = () => extension.meetingSession(tabId);
    await expect.poll(async () => (await session())?.platform, { timeout: SESSION_READY_TIMEOUT_MS }).toBe(platform);
    const client = remote(page);
    const before = (await client.state()).settings;

    const raider = await client.join('Raid Er');
    await expect
      .poll(async () => Object.values((await session())?.participants ?? {}).some((p) => p.name === 'Raid Er'))
      .toBe(true);
    await client.share(raider);
    await expect
      .poll(async () => Object.values((await session())?.participants ?? {}).find((p) => p.name === 'Raid Er')?.sharing)
      .toBe(true);

    const panel = await openPanel();
    await page.bringToFront();
    await pressShortcut(page, shortcutOf('panic'));

    await expect.poll(async () => intruderSharing(await client.state()), { timeout: 15_000 }).toBe(false);
    await expect.poll(async () => (await client.state()).settings.locked, { timeout: 15_000 }).toBe(true);
    await expect.poll(async () => (await session())?.panic?.finishedAt, { timeout: 20_000 }).toBeDefined();
    const steps = ((await session())?.actions ?? []).filter((record) => record.hostAction === 'panic');
    expect(
      steps.filter((s) => !s.result.ok).map((s) => `${s.step}: ${s.result.detail}`),
      'every panic step verified on the page',
    ).toEqual([]);

    await panel.getByTestId('restore-button').click();
    await expect.poll(async () => (await session())?.panic?.restoredAt, { timeout: 15_000 }).toBeDefined();
    expect((await client.state()).settings).toEqual(before);
  });
}
