import { describe, expect, it } from 'vitest';
import { DETECTION_LIMITS } from '../shared/model/detection-settings';
import { asDetectionSettings } from '../shared/policy-storage';
import { nameColumns } from './attendee-header';
import { attendeesFromCsv, attendeesFromText, nameFromEmail } from './attendee-list';

const names = (text: string) => attendeesFromCsv(text).names;

describe('attendeesFromText (pasted)', () => {
  it('takes one name a line, skipping empty lines, trimming, and deduping whatever the case and spacing', () => {
    const list = attendeesFromText('  Paul Martin \n\n\r\nAnne Dupont\r\npaul   MARTIN\n');
    expect(list.names).toEqual(['Paul Martin', 'Anne Dupont']);
    expect(list).toMatchObject({ found: 2, leftOff: 0, shortened: 0, fromEmails: 0 });
  });

  it('keeps "Martin, Paul" whole: the background matches words in any order', () => {
    expect(attendeesFromText('Martin, Paul\nDoe, Jane').names).toEqual(['Martin, Paul', 'Doe, Jane']);
  });

  it('reads an Outlook "To" line: people split at ;, names kept, addresses dropped', () => {
    const list = attendeesFromText(
      '"Martin, Paul" <paul.martin@example.org>; Anne Dupont <anne@example.fr>; bob.lee@x.com',
    );
    expect(list.names).toEqual(['Martin, Paul', 'Anne Dupont', 'bob lee']);
    expect(list.fromEmails).toBe(1);
  });

  it('drops list bullets and numbering, and a copied header', () => {
    expect(attendeesFromText('Nom\n- Paul Martin\n• Anne Dupont\n3. Léa Roux\n12) Jo').names).toEqual([
      'Paul Martin',
      'Anne Dupont',
      'Léa Roux',
      'Jo',
    ]);
  });

  it('reads cells copied from a spreadsheet (tabs) as columns, with their header', () => {
    const pasted = 'Prénom\tNom\tE-mail\nPaul\tMartin\tp@x.fr\nAnne\tDupont\ta@x.fr\n';
    expect(attendeesFromText(pasted).names).toEqual(['Paul Martin', 'Anne Dupont']);
  });
});

describe('attendeesFromCsv', () => {
  it('reads the name column of a comma CSV with quoted commas, doubled quotes and embedded newlines', () => {
    const csv = 'Name,Email,Join time\r\n"Martin, Paul",p@x.org,10:00\r\n"Anne ""Nan""\r\nDupont",a@x.org,10:01\r\n';
    expect(names(csv)).toEqual(['Martin, Paul', 'Anne "Nan" Dupont']);
  });

  it('reads a French Excel export: BOM, semicolons, Nom + Prénom combined', () => {
    const csv = '\uFEFFNom;Prénom;Adresse e-mail\nMartin;Paul;paul@x.fr\nDupont;Anne-Marie;am@x.fr\n;;\n';
    expect(names(csv)).toEqual(['Paul Martin', 'Anne-Marie Dupont']);
  });

  it.each([
    ['Name (Original Name)', 'Zoom participants'],
    ['Full Name', 'Teams attendance'],
    ['Display name', 'a roster'],
    ['Nom complet', 'a French sheet'],
    ['Participant(e)', 'a French sheet'],
    ['nom', 'a French sheet without Prénom'],
    ['Attendee name', 'Eventbrite-like'],
  ])('recognises "%s" (%s) as the name column', (header) => {
    expect(names(`Id,${header},Email\n1,Ada Lovelace,ada@x.org\n`)).toEqual(['Ada Lovelace']);
  });

  it('combines First name and Last name columns, whichever order they come in', () => {
    expect(names('Email,Last Name,First Name\na@x.org,Lovelace,Ada\n')).toEqual(['Ada Lovelace']);
    expect(names('first_name,last_name\nAda,\n,Turing\n')).toEqual(['Ada', 'Turing']);
  });

  it('ignores email columns when there is a name, uses the local part when a row or the whole list has none', () => {
    expect(names('Full Name,Email\n,grace.hopper@navy.mil\nAda,ada@x.org\n')).toEqual(['grace hopper', 'Ada']);
    const emailsOnly = attendeesFromCsv('Courriel\npaul.martin+zoom@x.fr\nanne_dupont@x.fr\n');
    expect(emailsOnly.names).toEqual(['paul martin', 'anne dupont']);
    expect(emailsOnly.fromEmails).toBe(2);
  });

  it('without a header, takes the first cell that is a name in each row', () => {
    expect(names('ada@x.org,Ada Lovelace\nAlan Turing,alan@x.org\n')).toEqual(['Ada Lovelace', 'Alan Turing']);
  });

  it('finds the header after leading blank lines', () => {
    expect(names('\r\n\r\nName,Email\r\n\r\nAda,a@x.org\r\n')).toEqual(['Ada']);
  });

  it('keeps a one-column file of "Last, First" whole', () => {
    expect(names('Name\nMartin, Paul\nDoe, Jane\n')).toEqual(['Martin, Paul', 'Doe, Jane']);
  });

  it('finds nothing in a file without names', () => {
    expect(attendeesFromCsv('\uFEFF\n\n;;\n')).toMatchObject({ names: [], found: 0 });
  });
});

describe('limits', () => {
  it('cuts a 6,000-name list to DETECTION_LIMITS.attendees and says how many were found', () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `Person ${i}`);
    const list = attendeesFromCsv(['Name', ...rows].join('\n'));
    expect(list.names).toHaveLength(DETECTION_LIMITS.attendees);
    expect(list.names.at(-1)).toBe(`Person ${DETECTION_LIMITS.attendees - 1}`);
    expect(list).toMatchObject({ found: 6000, leftOff: 6000 - DETECTION_LIMITS.attendees });
  });

  it('shortens long names to the stored length without splitting an emoji, so storage keeps them as they are', () => {
    const long = `${'a'.repeat(DETECTION_LIMITS.attendeeLength - 1)}😀 tail`;
    const list = attendeesFromText(long);
    expect(list.shortened).toBe(1);
    expect(list.names[0]).toBe('a'.repeat(DETECTION_LIMITS.attendeeLength - 1));
    const stored = asDetectionSettings({ expectedAttendees: { names: list.names } });
    expect(stored.expectedAttendees.names).toEqual(list.names);
  });

  it('honours smaller limits passed in', () => {
    expect(attendeesFromText('a\nb\nc', { attendees: 2, attendeeLength: 5 })).toMatchObject({
      names: ['a', 'b'],
      leftOff: 1,
    });
  });
});

describe('helpers', () => {
  it('nameFromEmail turns the local part into words', () => {
    expect(nameFromEmail('jean-luc.picard+meet@enterprise.fr')).toBe('jean luc picard');
  });

  it('nameColumns returns null for a data row', () => {
    expect(nameColumns(['Paul Martin', 'p@x.org'])).toBeNull();
    expect(nameColumns(['Prénom', 'Nom', 'E-mail'])).toEqual({ first: 0, last: 1, email: 2 });
  });
});
