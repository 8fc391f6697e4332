/*
 * Realistic, unique display names and Jitsi-like endpoint ids for the participants present at
 * mount. Jitsi endpoint ids are short lowercase hex strings (the `participant-item-<id>` suffix).
 */

const FIRST = [
  'Ana',
  'Ben',
  'Chloé',
  'Dmitri',
  'Elif',
  'Farah',
  'Gustavo',
  'Hana',
  'Ibrahim',
  'Jonas',
  'Keiko',
  'Luca',
  'Maëlle',
  'Nnamdi',
  'Olga',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Thandiwe',
  'Uma',
  'Valentin',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zofia',
];
const LAST = [
  'Souza',
  'Okafor',
  'Martin',
  'Ivanov',
  'Yılmaz',
  'Haddad',
  'Pereira',
  'Kobayashi',
  'Diallo',
  'Berg',
  'Tanaka',
  'Rossi',
  'Le Goff',
  'Eze',
  'Novak',
  'Sharma',
  'Lefèvre',
  'García',
  'Lindqvist',
  'Mokoena',
  'Patel',
  'Dubois',
  'Chen',
  'Ramírez',
  'Demir',
  'Kowalska',
];

/** The n-th (0-based) remote participant's name: "Ana Souza", "Ben Okafor", "Chloé Martin", … */
export function participantName(index: number): string {
  const first = FIRST[index % FIRST.length]!;
  const last = LAST[(index + Math.floor(index / LAST.length)) % LAST.length]!;
  const round = Math.floor(index / (FIRST.length * LAST.length));
  return round === 0 ? `${first} ${last}` : `${first} ${last} ${round + 1}`;
}

/** The host's own name in the replica. */
export const HOST_NAME = 'Marie Laurent';

/** A deterministic 8-hex-digit endpoint id, distinct for every `seed` below 2^32. */
export function endpointId(seed: number): string {
  const mixed = (Math.imul(seed + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;
  return mixed.toString(16).padStart(8, '0');
}
