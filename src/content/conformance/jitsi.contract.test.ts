import type { ActionRequest } from '../../shared/model/action';
import { waitFor } from '../kit/wait-for';
import { jitsiAdapter } from '../platforms/jitsi/adapter';
import { mountJitsi } from '../platforms/jitsi/jitsi.fixture';
import { runAdapterContract, type MountedClient } from './adapter-contract';
import { scriptedBy } from './replica-script.fixture';

/** The Jitsi replica, as the contract runner mounts it (delay 20 ms; inert as asked). */
async function mount({ inert }: { inert: boolean }): Promise<MountedClient> {
  const page = mountJitsi({ inert });
  // A second moderator, so the roster shows every role Jitsi has.
  page.replica.join('Amélie Durand', 'cohost');
  await waitFor(() => document.querySelector('#new-toolbox'), 'Jitsi toolbox');
  const state = () => page.replica.state();
  const client: MountedClient = {
    doc: document,
    roster: [
      { name: 'Marie Laurent', role: 'host', self: true },
      { name: 'Amélie Durand', role: 'cohost', self: false },
      { name: 'Ana Souza', role: 'participant', self: false },
      { name: 'Ben Okafor', role: 'participant', self: false },
      { name: 'Chloé Martin', role: 'participant', self: false },
    ],
    ...scriptedBy(page.replica),
    async prepare(action, idOf): Promise<ActionRequest> {
      switch (action) {
        case 'stop-share':
          // Ana's microphone is on, so her row offers "Mute": the menu and dialog path.
          page.replica.share(page.idOf('Ana Souza'));
          return { id: 'stop-share', participantId: idOf('Ana Souza') };
        case 'set-settings':
          return { id: 'set-settings', changes: { shareAllowed: false, locked: true, unmuteAllowed: false } };
        case 'remove':
          return { id: 'remove', participantId: idOf('Chloé Martin'), blockRejoin: false };
        case 'mute-all':
          return { id: 'mute-all' };
        default:
          throw new Error(`Jitsi does not declare ${action}`);
      }
    },
    happened(request) {
      const now = state();
      switch (request.id) {
        case 'stop-share':
          return now.participants.find((p) => p.id === request.participantId)?.sharing === false;
        case 'set-settings':
          return (
            now.settings.shareAllowed === false && now.settings.locked === true && now.settings.unmuteAllowed === false
          );
        case 'remove':
          return (
            now.removed.some((entry) => entry.id === request.participantId) &&
            !now.participants.some((p) => p.id === request.participantId)
          );
        case 'mute-all':
          return now.participants.filter((p) => !p.self).every((p) => p.muted);
        default:
          return false;
      }
    },
    strip() {
      document.querySelector('#new-toolbox')?.remove();
    },
    unmount: page.unmount,
  };
  return client;
}

runAdapterContract(jitsiAdapter, {
  name: 'the Jitsi Meet replica',
  urls: [
    ['https://meet.jit.si/WeeklyTeamSync', true],
    ['https://meet.jit.si/HostguardDrill?lang=fr#config.prejoinConfig.enabled=false', true],
    ['https://meet.jit.si/tenant/RoomName', true],
    ['https://meet.jit.si/', false],
    ['https://meet.jit.si/static/close.html', false],
    ['https://meet.jit.si/libs/app.bundle.min.js', false],
    ['http://meet.jit.si/WeeklyTeamSync', false],
    ['https://meet.jit.si.evil.example/WeeklyTeamSync', false],
    ['https://evil-meet.jit.si/WeeklyTeamSync', false],
    ['https://meet.jit.si:8443/WeeklyTeamSync', false],
    ['https://8x8.vc/vpaas-magic-cookie-x/Room', false],
    ['https://meet.google.com/abc-defg-hij', false],
  ],
  mount,
});
