import type { ReplicaControl } from '../../replicas/replica';
import type { MountedClient } from './adapter-contract';

/**
 * The network's side of a replica meeting for the contract: remote participants join, rename and
 * share by the name the page shows. Test-only, shared by every real client's contract test.
 */
export function scriptedBy(control: ReplicaControl): Pick<MountedClient, 'join' | 'rename' | 'share'> & {
  idOfName(name: string): string;
} {
  const idOfName = (name: string) => {
    const found = control.state().participants.find((p) => p.name === name);
    if (!found) throw new Error(`no replica participant named ${name}`);
    return found.id;
  };
  return {
    idOfName,
    async join(name) {
      control.join(name);
    },
    async rename(name, to) {
      control.rename(idOfName(name), to);
    },
    async share(name) {
      control.share(idOfName(name));
    },
  };
}
