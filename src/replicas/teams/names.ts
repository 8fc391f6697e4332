/** Realistic, distinct display names for seeded participants (first × last, in a fixed order). */
const FIRST = [
  'Ana',
  'Ben',
  'Chloé',
  'Daniel',
  'Elif',
  'Farid',
  'Grace',
  'Hiro',
  'Inès',
  'Jonas',
  'Kwame',
  'Laura',
  'Mateo',
  'Nadia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tomás',
  'Uma',
  'Victor',
  'Wen',
  'Yasmin',
  'Zoë',
];
const LAST = [
  'Souza',
  'Okafor',
  'Martin',
  'Kowalski',
  'Yılmaz',
  'Haddad',
  'Nguyen',
  'Tanaka',
  'Dubois',
  'Becker',
  'Mensah',
  'Rossi',
  'García',
  'Petrov',
  'Lindqvist',
  'Sharma',
  'Moreau',
  'Silva',
  'Eriksson',
  'Fernández',
];

export const HOST_NAME = 'Morgan Lee';
export const MEETING_TOPIC = 'Quarterly planning';

/** The i-th seeded name: "Ana Souza", "Ben Okafor", "Chloé Martin", … (500 distinct). */
export function seededName(i: number): string {
  const round = Math.floor(i / (FIRST.length * LAST.length));
  const k = i % (FIRST.length * LAST.length);
  const first = FIRST[k % FIRST.length]!;
  // (row + column) mod 20 pairs every first name with every last name exactly once.
  const last = LAST[(Math.floor(k / FIRST.length) + (k % FIRST.length)) % LAST.length]!;
  return round === 0 ? `${first} ${last}` : `${first} ${last} ${round + 1}`;
}

/** Work e-mail address the tile's data-tid carries (meeting-dom.md §3.2 probe, 2026-09). */
export function upnFor(name: string, n: number): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${local || 'user'}${n > 0 ? n : ''}@contoso.com`;
}

/** An Entra object id shaped user id for the roster avatar element's id. */
export function mriFor(n: number): string {
  const hex = (n * 2654435761 + 0x9e3779b9).toString(16).padStart(12, '0').slice(-12);
  return `8:orgid:0c1f${hex.slice(0, 4)}-5d2e-4b7a-9c3d-${hex}`;
}
