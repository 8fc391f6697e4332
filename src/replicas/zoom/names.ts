/*
 * Realistic display names for scripted remote participants: the first ones are fixed (tests name
 * them), the rest combine first and last names so a 500-person meeting has no accidental twins.
 */
const FIXED = ['Ana Souza', 'Ben Okafor', 'Chloé Martin', 'Dmitri Volkov', 'Emeka Nwosu', 'Fatima Zahra'];
const FIRST = [
  'Grace',
  'Hiro',
  'Isabel',
  'Jonas',
  'Keiko',
  'Liam',
  'Mariana',
  'Noah',
  'Olga',
  'Pedro',
  'Quynh',
  'Rafael',
  'Sofia',
  'Tomás',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoë',
  'Amara',
  'Bruno',
  'Carmen',
  'Diego',
  'Elif',
];
const LAST = [
  'Andersson',
  'Bianchi',
  'Cohen',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Larsen',
  'Moreau',
  'Nakamura',
  'Oliveira',
  'Petrov',
  'Quintero',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Urquhart',
];

/** The host (self) in every replica meeting. */
export const HOST_NAME = 'Alex Morgan';

/** The n-th remote participant's name (0-based), unique for n < 6 + 25 × 21. */
export function remoteName(n: number): string {
  if (n < FIXED.length) return FIXED[n]!;
  const k = n - FIXED.length;
  const first = FIRST[k % FIRST.length]!;
  const last = LAST[Math.floor(k / FIRST.length) % LAST.length]!;
  return `${first} ${last}`;
}
