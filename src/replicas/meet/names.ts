/** Realistic display names for the people present at mount and for scripted joiners. */
const FIRST = [
  'Ana',
  'Ben',
  'Chloé',
  'Daniel',
  'Elif',
  'Farah',
  'Gabriel',
  'Hana',
  'Ivan',
  'Jade',
  'Kofi',
  'Léa',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tomás',
];
const LAST = [
  'Souza',
  'Okafor',
  'Martin',
  'Kim',
  'Yılmaz',
  'Haddad',
  'Rossi',
  'Tanaka',
  'Petrov',
  'Dubois',
  'Mensah',
  'Moreau',
  'García',
  'Novak',
  'Khan',
  'Sharma',
  'Lefèvre',
  'Silva',
  'Berg',
  'Ortiz',
];

/** The host (you) in every mount. */
export const HOST_NAME = 'Maya Fischer';

/** The n-th remote participant's name: "Ana Souza", "Ben Okafor", "Chloé Martin"... */
export function nameAt(index: number): string {
  const first = FIRST[index % FIRST.length]!;
  const last = LAST[(index + Math.floor(index / FIRST.length)) % LAST.length]!;
  return `${first} ${last}`;
}
