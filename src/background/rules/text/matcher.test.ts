import { describe, expect, it } from 'vitest';
import { createTextMatcher, MAX_CHECKED_CHARS, matcherFor } from './matcher';

const matcher = createTextMatcher();

/** [disguised text, category, canonical term]: each must fire with exactly this verdict. */
const MUST_FIRE: readonly [string, string, string][] = [
  // leetspeak
  ['sh1t', 'obscene', 'shit'],
  ['c0nn4rd', 'obscene', 'connard'],
  ['n1que ta mere', 'obscene', 'nique ta mère'],
  ['sa1ope', 'obscene', 'salope'],
  ['$@lope', 'obscene', 'salope'],
  ['H1tler was right', 'hate', 'hitler was right'],
  ['f4gg0t', 'hate', 'fag'],
  // spacing and punctuation
  ['f u c k', 'obscene', 'fuck'],
  ['p u t e', 'obscene', 'pute'],
  ['f.u.c.k', 'obscene', 'fuck'],
  ['h e i l  h i t l e r', 'hate', 'heil hitler'],
  ['nique-ta-mère', 'obscene', 'nique ta mère'],
  ['niquetamere', 'obscene', 'nique ta mère'],
  // stretched letters
  ['fuuuuuck', 'obscene', 'fuck'],
  ['SALOOOOPE', 'obscene', 'salope'],
  ['b0000bs', 'sexual', 'boob'],
  // look-alikes, fullwidth, hidden characters
  ['ｆｕｃｋ', 'obscene', 'fuck'],
  ['fυck', 'obscene', 'fuck'],
  ['соnnаrd', 'obscene', 'connard'],
  ['ѕаlоре', 'obscene', 'salope'],
  ['fu\u200Bck', 'obscene', 'fuck'],
  ['\u202Efuck', 'obscene', 'fuck'],
  ['f\u0336u\u0336c\u0336k', 'obscene', 'fuck'],
  ['🅵🆄🅲🅺', 'obscene', 'fuck'],
  // accents, with and without
  ['encülé', 'obscene', 'enculé'],
  ['encule', 'obscene', 'enculé'],
  // masks
  ['f*ck', 'obscene', 'fuck'],
  ['n***er', 'hate', 'nigger'],
  ['fils de p*te', 'obscene', 'pute'],
  // French
  ['ta gueule', 'obscene', 'ta gueule'],
  ['FERME TA GUEULE', 'obscene', 'ta gueule'],
  ['pute', 'obscene', 'pute'],
  ['putain', 'obscene', 'putain'],
  ['fdp', 'obscene', 'fils de pute'],
  ['espèce de connard', 'obscene', 'connard'],
  ['bâtard', 'obscene', 'bâtard'],
  ['suce ma bite', 'sexual', 'suce'],
  ['pédé', 'hate', 'pédé'],
  ['bougnoule', 'hate', 'bougnoule'],
  ['youpin', 'hate', 'youpin'],
  ['sale arabe', 'hate', 'sale arabe'],
  ['sale juif', 'hate', 'sale arabe'],
  ['mort aux juifs', 'hate', 'mort aux juifs'],
  ['retourne dans ton pays', 'hate', 'retourne dans ton pays'],
  ['je vais te tuer', 'violence', 'je vais te tuer'],
  ["je vais t'égorger", 'violence', 'je vais te tuer'],
  // hate slogans and codes
  ['heil hitler', 'hate', 'heil hitler'],
  ['« sieg heil »', 'hate', 'sieg heil'],
  ['gas the jews', 'hate', 'gas the jews'],
  ['white power', 'hate', 'white power'],
  ['1488', 'hate', '1488'],
  ['14/88', 'hate', '1488'],
  ['john1488', 'hate', '1488'],
  ['Aryan88', 'hate', '88 (heil hitler)'],
  ['HH_88', 'hate', '88 (heil hitler)'],
  ['卐', 'hate', 'swastika'],
  // violence
  ['kill yourself', 'violence', 'kill yourself'],
  ['kys', 'violence', 'kill yourself'],
  ["I'll kill you", 'violence', 'i will kill you'],
  ['i will kill you', 'violence', 'i will kill you'],
];

/** Innocent names and lines that hold a flagged substring, or a flagged word in another sense. */
const MUST_NOT_FIRE: readonly string[] = [
  'Dickens',
  'Scunthorpe',
  'Hancock',
  'Dominique',
  'salopette',
  'Monique',
  'Cockburn',
  'Matsushita',
  'La technique du député',
  'Conakry',
  'classic bass',
  'shiitake',
  // Our call: "ass" fires as a word and in its compounds (asshole), never inside another word.
  "Assassin's Creed",
  'Garage sale tomorrow',
  'computer',
  'calcul',
  'culture',
  'unique',
  'disputer',
  'pique-nique vendredi',
  'je suis en retard',
  'assez parlé',
  'le cockpit',
  'Fukuda',
  'Fu Ying',
  'Nguyễn Thị Bích',
  'Shitrit',
  'Alan Cumming',
  'magna cum laude',
  'Anushka',
  'Adrianus',
  'Van de Putte',
  'Pierre Conard',
  // "88" alone is a number; so is 1488 inside a meeting ID or a price.
  'Agent 88',
  'Room 88',
  'Kevin88',
  'Aryan Sharma',
  'Meeting ID 1488 2271 9910',
  'prix : 14,88 €',
  // History lessons name Hitler and the Nazis; the slogans are what fire.
  'Hitler came to power in 1933',
  'the Nazi era',
  'chat 卍 temple',
  // Stars for emphasis, footnotes and maths are not masks.
  '*waves* hello',
  'see the note*',
  'a*b = 2*3',
  'what the f**** is that', // four hidden letters of five: too little left to know
];

describe('the built-in lists', () => {
  it.each(MUST_FIRE)('%j fires as %s (%s)', (text, category, term) => {
    expect(matcher.check(text)).toMatchObject({ category, term });
  });

  it.each(MUST_NOT_FIRE)('%j does not fire', (text) => {
    expect(matcher.check(text)).toBeUndefined();
  });

  it('names our canonical term in the verdict, never the attacker spelling', () => {
    expect(matcher.check('ｎ1ｑｕｅ-t4-m3r3 !!')).toEqual({
      category: 'obscene',
      term: 'nique ta mère',
      reason: 'contains an obscene term (nique ta mère)',
    });
    expect(matcher.check('heil hitler')?.reason).toBe('contains a hateful term (heil hitler)');
  });

  it('prefers hate over sexual over violence over obscene, whatever the order in the text', () => {
    expect(matcher.check('fuck you, i will kill you, dildo, sale arabe')?.category).toBe('hate');
    expect(matcher.check('fuck you, i will kill you, dildo')?.category).toBe('sexual');
    expect(matcher.check('fuck you, i will kill you')?.category).toBe('violence');
    expect(matcher.check('putain de merde')).toMatchObject({ category: 'obscene', term: 'putain' });
  });

  it('still fires on a real name that is also the word, which is why allowedTerms exists', () => {
    expect(matcher.check('Dick Van Dyke')).toMatchObject({ category: 'sexual', term: 'dick' });
  });

  it('checks the first MAX_CHECKED_CHARS characters of a pasted wall of text', () => {
    const padding = 'a'.repeat(MAX_CHECKED_CHARS);
    expect(matcher.check(`${padding.slice(10)} fuck`)).toBeDefined();
    expect(matcher.check(`${padding} fuck`)).toBeUndefined();
  });
});

describe('organisation terms', () => {
  it('adds whole-word terms, obscene unless a category prefix says otherwise', () => {
    const custom = createTextMatcher({ extraTerms: ['Voldemort', 'hate:grammar nazi', 'violence: bouh'] });
    expect(custom.check('V0LD3M0RT')).toEqual({
      category: 'obscene',
      term: 'Voldemort',
      reason: 'contains an obscene term your organisation flags (Voldemort)',
    });
    expect(custom.check('you g.r.a.m.m.a.r nazi')).toMatchObject({ category: 'hate', term: 'grammar nazi' });
    expect(custom.check('bouh!')).toMatchObject({ category: 'violence', term: 'bouh' });
    expect(custom.check('voldemorts')).toBeUndefined();
  });

  it('matches inside longer words only where the term carries a *', () => {
    const custom = createTextMatcher({ extraTerms: ['troll*', '*spam*'] });
    expect(custom.check('trolling')?.term).toBe('troll');
    expect(custom.check('patrol')).toBeUndefined();
    expect(custom.check('antispambot')?.term).toBe('spam');
  });

  it('ignores blanks, comments and one-letter terms that would flag everything', () => {
    const custom = createTextMatcher({ extraTerms: ['', '  ', '# note', 'x', '*', 'hate:'] });
    expect(custom.check('x marks the spot')).toBeUndefined();
  });

  it('allowed terms never fire as whole words, but the words around them still do', () => {
    const custom = createTextMatcher({ allowedTerms: ['Dick', 'Aryan88'] });
    expect(custom.check('Dick Van Dyke')).toBeUndefined();
    expect(custom.check('D1CK Smith')).toBeUndefined();
    expect(custom.check('dickhead')).toMatchObject({ term: 'dick' });
    expect(custom.check('Dick, fuck off')).toMatchObject({ term: 'fuck' });
    expect(custom.check('Aryan88')).toBeUndefined();
    expect(custom.check('HH88')).toMatchObject({ term: '88 (heil hitler)' });
  });

  it('an allowed term wins over an extra term', () => {
    const custom = createTextMatcher({ extraTerms: ['Lemmy'], allowedTerms: ['lemmy'] });
    expect(custom.check('Lemmy')).toBeUndefined();
  });
});

describe('matcherFor', () => {
  it('rebuilds only when the lists change', () => {
    const first = matcherFor({ extraTerms: ['zorglub'], allowedTerms: [] });
    expect(matcherFor({ extraTerms: ['zorglub'], allowedTerms: [] })).toBe(first);
    const changed = matcherFor({ extraTerms: ['zorglub', 'blorp'], allowedTerms: [] });
    expect(changed).not.toBe(first);
    expect(changed.check('blorp')).toBeDefined();
    expect(matcherFor({ extraTerms: ['zorglub', 'blorp'], allowedTerms: ['blorp'] }).check('blorp')).toBeUndefined();
  });
});
