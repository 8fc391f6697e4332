import type { ActionId, ActionRequest } from '../../shared/model/action';
import { mountReplica } from '../../replicas/teams/client';
import { waitFor } from '../kit/wait-for';
import { teamsAdapter } from '../platforms/teams/adapter';
import { runAdapterContract, type MountedClient } from './adapter-contract';
import { scriptedBy } from './replica-script.fixture';

/*
 * The Teams adapter against the Teams replica (src/replicas/teams), People pane closed at mount as
 * in the real client. Seeded: the host "Morgan Lee" (organizer) and Ana Souza (p1), Ben Okafor
 * (p2), Chloé Martin (p3).
 */
async function mount({ inert }: { inert: boolean }): Promise<MountedClient> {
  const root = document.createElement('div');
  document.body.append(root);
  const replica = mountReplica(root, { delayMs: 20, inert });
  await waitFor(() => document.querySelector('#roster-button'), 'Teams toolbar');
  const changes = { shareAllowed: false, locked: true, chatAllowed: false, unmuteAllowed: false };
  const client: MountedClient = {
    doc: document,
    roster: [
      { name: 'Morgan Lee', role: 'host', self: true },
      { name: 'Ana Souza', role: 'participant', self: false },
      { name: 'Ben Okafor', role: 'participant', self: false },
      { name: 'Chloé Martin', role: 'participant', self: false },
    ],
    ...scriptedBy(replica),
    async prepare(action: ActionId, idOf): Promise<ActionRequest> {
      switch (action) {
        case 'stop-share':
          replica.share('p1');
          await waitFor(() => document.querySelector('[data-stream-type="ScreenSharing"]'), 'share on stage');
          return { id: 'stop-share', participantId: idOf('Ana Souza') };
        case 'set-settings':
          return { id: 'set-settings', changes };
        case 'remove':
          return { id: 'remove', participantId: idOf('Ben Okafor'), blockRejoin: false };
        case 'mute-all':
          return { id: 'mute-all' };
        default:
          throw new Error(`Teams declares no ${action}`);
      }
    },
    happened(request) {
      const state = replica.state();
      switch (request.id) {
        case 'stop-share':
          return !state.participants.find((p) => p.id === 'p1')!.sharing;
        case 'set-settings':
          return Object.entries(changes).every(([key, value]) => state.settings[key as keyof typeof changes] === value);
        case 'remove':
          return state.removed.some((r) => r.id === 'p2') && !state.participants.some((p) => p.id === 'p2');
        case 'mute-all':
          return state.participants.every((p) => p.self || p.muted);
        default:
          return false;
      }
    },
    strip() {
      document.querySelector('#roster-button')?.remove();
      document.querySelector('#hangup-button')?.remove();
    },
    unmount() {
      replica.unmount();
      root.remove();
    },
  };
  return client;
}

runAdapterContract(teamsAdapter, {
  name: 'the Teams web replica',
  urls: [
    ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4%40thread.v2/0?context=%7b%7d', true],
    ['https://teams.microsoft.com/v2/', true],
    ['https://teams.live.com/meet/9381234567890?p=AbCdEf', true],
    ['https://teams.cloud.microsoft/v2/?meetingjoin=true', true],
    ['http://teams.microsoft.com/v2/', false],
    ['https://teams.microsoft.com.evil.example/l/meetup-join/1', false],
    ['https://evil.example/teams.microsoft.com/v2/', false],
    ['https://teams.microsoft.co/v2/', false],
    ['https://xteams.microsoft.com/v2/', false],
    ['https://teams.cloud.microsoft.evil.example/v2/', false],
    ['https://statics.teams.cdn.office.net/evergreen-assets/', false],
    ['https://teams.microsoft.com:8443/v2/', false],
    ['https://meet.google.com/abc-defg-hij', false],
  ],
  mount,
});
