/**
 * Which columns of an attendee export hold names. Headers seen in the exports hosts have
 * (Zoom registration and participant reports, Teams attendance, Google Meet attendance, Eventbrite,
 * French Excel sheets): "Name (Original Name)", "Full Name", "First Name"/"Last Name", "Nom",
 * "Prénom", "Nom complet", "Participant(e)", "Email", "Adresse e-mail", "Courriel".
 */
export interface NameColumns {
  full?: number;
  first?: number;
  last?: number;
  email?: number;
}

/** "Name (Original Name)" -> "name", "Prénom" -> "prenom", "E-mail" -> "e mail". */
const normalise = (header: string): string =>
  header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const FULL = new Set([
  ...['name', 'names', 'display name', 'full name', 'fullname', 'user name', 'participant', 'participants'],
  ...['participant name', 'attendee', 'attendee name', 'attendees', 'guest', 'guest name'],
  ...['nom complet', 'nom d affichage', 'nom affiche', 'nom et prenom', 'prenom et nom', 'prenom nom'],
  ...['nom prenom', 'nom du participant', 'nom de l invite', 'invite', 'invites'],
]);
const FIRST = new Set(['first name', 'firstname', 'first', 'given name', 'forename', 'prenom', 'prenoms']);
const LAST = new Set(['last name', 'lastname', 'last', 'surname', 'family name', 'nom de famille']);
const EMAIL = /\b(e ?mail|mail|courriel|email address|adresse electronique)\b/;

function kindOf(name: string, hasFirst: boolean): keyof NameColumns | undefined {
  // "Nom" is the surname beside a "Prénom" column, and the whole name on its own.
  if (name === 'nom') return hasFirst ? 'last' : 'full';
  if (FULL.has(name)) return 'full';
  if (FIRST.has(name)) return 'first';
  if (LAST.has(name)) return 'last';
  return EMAIL.test(name) ? 'email' : undefined;
}

/** The name columns of a header row, or null when the row names none (it is data, then). */
export function nameColumns(header: readonly string[]): NameColumns | null {
  const found: NameColumns = {};
  const names = header.map(normalise);
  const hasFirst = names.some((name) => FIRST.has(name));
  names.forEach((name, index) => {
    const kind = kindOf(name, hasFirst);
    if (kind && found[kind] === undefined) found[kind] = index;
  });
  return Object.keys(found).length > 0 ? found : null;
}
