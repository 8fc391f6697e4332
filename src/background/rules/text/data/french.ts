import { entries, type TermEntry } from '../term-entry';

/**
 * French insults, sexual terms and slurs, curated by hand from the vocabulary of
 * `french-badwords-list` 1.0.7 (MIT, 2,432 entries) and kept here so we own every line. Curated
 * means: no everyday words that are only rude in context (« sale », « con », « bite » — an English
 * word —, « chatte » — a cat —, « baiser » — a kiss —, « retard »), only their unambiguous
 * uses ("gros con", "ma bite"). Accents are optional in patterns: text is folded first.
 * Slurs used as « sale X » and calls to violence live in hate-violence.ts.
 */
export const FRENCH_TERMS: readonly TermEntry[] = [
  ...entries('obscene', [
    {
      term: 'pute',
      patterns: ['|pute|', '|putes|', 'pute|', '|putasse', '|puterie'],
      // Words ending in -pute (député, disputer, computer, réputé, amputé) and Van de Putte:
      // its "tt" becomes "t" once doubled letters are cut.
      allow: ['depute', 'dispute', 'compute', 'impute', 'repute', 'ampute', 'putte'],
    },
    { term: 'putain', patterns: ['putain', '|ptn|'] },
    { term: 'fils de pute', patterns: ['fils de pute', '|fdp|'] },
    { term: 'salope', patterns: ['salope', 'salopard', '|salaud'], allow: ['salopette'] },
    // Conard, the surname, has one n; the insult has two (the doubled-letter cut would merge them).
    { term: 'connard', patterns: ['connard', 'connasse', '|conne|', '|connes|'], allow: ['conard'] },
    {
      term: 'con',
      patterns: ['|gros con|', '|pauvre con|', '|sale con|', '|petit con|', '|espece de con|', '|bande de cons|'],
    },
    { term: 'enculé', patterns: ['|encul', '|enkul'] },
    {
      term: 'nique ta mère',
      patterns: ['nique ta mere', 'nik ta mere', 'niquer ta mere', '|ntm|', '|niqu', 'nique ta race'],
      // Pique-nique; Dominique, Monique, technique and unique never start a word with "niqu".
      allow: ['pique nique', 'piquenique', 'dominique', 'monique', 'veronique', 'technique', 'unique'],
    },
    { term: 'ta gueule', patterns: ['|ta gueul', '|ta geul', '|ftg|'] },
    { term: 'va te faire foutre', patterns: ['va te faire foutre', '|foutre|', 'va te faire enculer'] },
    // Merdeka (Malay: independence) starts with merde.
    { term: 'merde', patterns: ['|merde', 'merde|'], allow: ['merdeka'] },
    { term: 'enfoiré', patterns: ['|enfoire'] },
    { term: 'bâtard', patterns: ['|batard'] },
    { term: 'couilles', patterns: ['|couille|', '|couilles|', 'casse couille'] },
    { term: 'trou du cul', patterns: ['trou du cul', '|cul|', 'leche cul'], allow: ['cul de sac'] },
    // Musée du quai Branly; « branle-bas de combat ».
    { term: 'branleur', patterns: ['|branl'], allow: ['branly', 'branle bas'] },
    { term: 'chier', patterns: ['|fait chier', '|va chier', '|chieur', '|chieuse'] },
    { term: 'pétasse', patterns: ['petasse', 'pouffiasse', 'grognasse', '|garce|', '|catin|'] },
    { term: 'bordel', patterns: ['|bordel|'] },
  ]),
  ...entries('sexual', [
    { term: 'suce', patterns: ['suce ma', 'suce moi', '|suceuse', '|suceur'] },
    { term: 'bite', patterns: ['|ma bite', '|ta bite', 'grosse bite', '|teub|', '|zob|', '|chibre', 'braquemart'] },
    { term: 'nichons', patterns: ['|nichon', '|nibard'] },
    { term: 'baise', patterns: ['|baise moi', '|baise ta', 'je vais te baiser', '|baiseur', '|baiseuse'] },
    { term: 'partouze', patterns: ['|partouz'] },
    // « sodomie », « sodomiser »; not Sodome, the biblical city.
    { term: 'sodomie', patterns: ['sodomi'] },
    { term: 'masturbation', patterns: ['masturb', 'branlette'] },
    { term: 'cunnilingus', patterns: ['cunnilingus'] },
    { term: 'sperme', patterns: ['|sperme'] },
    { term: 'godemiché', patterns: ['godemiche'] },
    { term: 'leche ma chatte', patterns: ['leche ma chatte', 'leche moi'] },
  ]),
  ...entries('hate', [
    // « pédé » only as a word (not Pedemonte); « pédale » is also a pedal, so only « sale pédale ».
    { term: 'pédé', patterns: ['|pede|', '|pedes|'] },
    { term: 'gouine', patterns: ['|gouine'] },
    { term: 'tarlouze', patterns: ['|tarlouz', '|tafiole', '|fiotte'] },
    { term: 'bougnoule', patterns: ['bougnoul'] },
    { term: 'bicot', patterns: ['|bicot|', '|bicots|', '|crouille'] },
    { term: 'youpin', patterns: ['|youpin', '|youtre'] },
    { term: 'nègre', patterns: ['|negre|', '|negres|', '|negresse'] },
    { term: 'bamboula', patterns: ['|bamboula|'] },
    { term: 'chinetoque', patterns: ['chinetoqu', '|niakoue'] },
  ]),
];
