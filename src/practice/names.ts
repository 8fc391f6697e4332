import { pick, seededRandom } from './random';

// A community meeting in France: French and English names, as the raids in the press hit both.
const FIRST = (
  'Camille Julien Manon Hugo Léa Thomas Chloé Lucas Inès Mathis Sarah Nathan ' +
  'Oliver Grace Daniel Hannah Samuel Olivia Ethan Zoé Yanis Clara Noah Amira'
).split(' ');
const LAST = (
  'Martin Bernard Dubois Moreau Laurent Girard Roux Fontaine Chevalier Mercier ' +
  'Taylor Brown Wilson Evans Walker Wright Hughes Baker Nguyen Haddad'
).split(' ');

/** Deterministic "First Last" names for scripted joiners. */
export function createNamePool(seed: number): () => string {
  const random = seededRandom(seed);
  return () => `${pick(random, FIRST)} ${pick(random, LAST)}`;
}

export interface BaseParticipant {
  id: string;
  name: string;
  role: 'host' | 'cohost' | 'participant';
  self: boolean;
  muted: boolean;
}

/** Present at load: the host (you), one co-host, four regulars. Ids are the client's row keys. */
export const BASE_ROSTER: readonly BaseParticipant[] = [
  { id: 'p1', name: 'You', role: 'host', self: true, muted: false },
  { id: 'p2', name: 'Amélie Durand', role: 'cohost', self: false, muted: true },
  { id: 'p3', name: "James O'Connor", role: 'participant', self: false, muted: true },
  { id: 'p4', name: 'Sophie Lefèvre', role: 'participant', self: false, muted: false },
  { id: 'p5', name: 'Karim Benali', role: 'participant', self: false, muted: true },
  { id: 'p6', name: 'Emily Carter', role: 'participant', self: false, muted: true },
];
