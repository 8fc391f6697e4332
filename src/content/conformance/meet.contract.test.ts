import type { ActionId, ActionRequest } from '../../shared/model/action';
import { waitFor } from '../kit/wait-for';
import { meetAdapter } from '../platforms/meet/adapter';
import { presenterNames } from '../platforms/meet/page';
import { mountMeetReplica, type MeetReplicaOptions } from '../../replicas/meet/client';
import { runAdapterContract, type MountedClient } from './adapter-contract';
import { scriptedBy } from './replica-script.fixture';

/** The Meet replica in both documented forms: with data-participant-id, and ARIA only (§2.1). */
function fixture(variant: MeetReplicaOptions['attributes']) {
  return async ({ inert }: { inert: boolean }): Promise<MountedClient> => {
    const root = document.createElement('div');
    document.body.append(root);
    const control = mountMeetReplica(root, { delayMs: 20, inert, attributes: variant });
    const script = scriptedBy(control);
    const idOfShown = script.idOfName;
    const requests: Partial<Record<ActionId, (idOf: (name: string) => string) => ActionRequest>> = {
      'stop-share': (idOf) => ({ id: 'stop-share', participantId: idOf('Ana Souza') }),
      'set-settings': () => ({
        id: 'set-settings',
        changes: { shareAllowed: false, locked: true, chatAllowed: false, unmuteAllowed: false },
      }),
      remove: (idOf) => ({ id: 'remove', participantId: idOf('Ben Okafor'), blockRejoin: true }),
      report: (idOf) => ({
        id: 'report',
        participantId: idOf('Chloé Martin'),
        category: 'spam',
        description: 'contract',
        alsoRemove: false,
      }),
    };
    const client: MountedClient = {
      doc: document,
      roster: [
        { name: 'Maya Fischer', role: 'host', self: true },
        { name: 'Ana Souza', role: 'participant', self: false },
        { name: 'Ben Okafor', role: 'participant', self: false },
        { name: 'Chloé Martin', role: 'participant', self: false },
      ],
      ...script,
      async prepare(action, idOf) {
        if (action === 'stop-share') {
          control.share(idOfShown('Ana Souza'));
          await waitFor(() => presenterNames(document).includes('Ana Souza'), 'Ana presenting');
        }
        const build = requests[action];
        if (!build) throw new Error(`the Meet adapter does not declare ${action}`);
        return build(idOf);
      },
      happened(request) {
        const state = control.state();
        switch (request.id) {
          case 'stop-share':
            return !state.participants.some((p) => p.sharing);
          case 'set-settings':
            return Object.entries(request.changes).every(([key, want]) => state.settings[key as 'locked'] === want);
          case 'remove':
            return state.removed.some((r) => r.name === 'Ben Okafor' && r.blockRejoin);
          case 'report': {
            const names = document.querySelector<HTMLInputElement>('[role="dialog"] input[type="text"]');
            return names?.value === 'Chloé Martin';
          }
          default:
            return false;
        }
      },
      strip() {
        for (const label of ['People', 'Host controls'])
          document.querySelector(`button[aria-label="${label}"]`)?.remove();
      },
      unmount() {
        control.unmount();
        document.body.replaceChildren();
      },
    };
    return client;
  };
}

const urls = [
  ['https://meet.google.com/abc-defg-hij', true],
  ['https://meet.google.com/abc-defg-hij?authuser=1&hs=179', true],
  ['https://meet.google.com/lookup/teamsync', true],
  ['https://meet.google.com/', true],
  ['http://meet.google.com/abc-defg-hij', false],
  ['https://meet.google.com.evil.example/abc-defg-hij', false],
  ['https://evil.example/meet.google.com/abc-defg-hij', false],
  ['https://meet.google.co/abc-defg-hij', false],
  ['https://xmeet.google.com/abc-defg-hij', false],
  ['https://meet.google.com:8443/abc-defg-hij', false],
  ['https://app.zoom.us/wc/123/join', false],
] as const;

runAdapterContract(meetAdapter, { name: 'the Meet replica (live attributes)', urls, mount: fixture('live') });
runAdapterContract(meetAdapter, { name: 'the Meet replica (ARIA only)', urls, mount: fixture('aria-only') });
