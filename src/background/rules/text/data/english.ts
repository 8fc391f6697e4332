import {
  DataSet,
  englishDataset,
  SyntaxKind,
  type EnglishProfaneWord,
  type ParsedPattern,
  type PhraseContainer,
} from 'obscenity';
import type { TextCategory } from '../../../../shared/model/alert';
import { addEntries, collapseLikeMatcher, type TermEntry, type TermMeta } from '../term-entry';

/**
 * English: obscenity 0.4.6's `englishDataset` (from the `cuss` project, MIT), with our category
 * for each word and our own patterns where the stock ones fire on real names or on French, which
 * this dataset never had to read. Each override says which innocent text it stops.
 */
const WORDS = {
  hate: [
    ...['abeed', 'abo', 'africoon', 'arabush', 'boonga', 'chingchong', 'chink', 'dyke', 'fag', 'kike', 'negro'],
    ...['nigger', 'retard', 'spastic', 'tranny'],
  ],
  sexual: [
    ...['anal', 'anus', 'bestiality', 'blowjob', 'boob', 'buttplug', 'cock', 'cum', 'deepthroat', 'dick', 'dildo'],
    ...['doggystyle', 'double penetration', 'ejaculate', 'felch', 'fellatio', 'finger bang', 'fisting', 'gangbang'],
    ...['handjob', 'hentai', 'hooker', 'incest', 'jerk off', 'jizz', 'lubejob', 'masturbate', 'orgasm', 'orgy'],
    ...['penis', 'porn', 'pussy', 'scat', 'semen', 'sex', 'tit', 'vagina', 'wank'],
  ],
  violence: ['rape'],
  obscene: [
    ...['arse', 'ass', 'bastard', 'bitch', 'bollocks', 'cuck', 'cunt', 'fuck', 'piss', 'prick', 'shit', 'slut'],
    ...['turd', 'twat', 'whore'],
  ],
} as const satisfies Record<TextCategory, readonly EnglishProfaneWord[]>;

type Listed = (typeof WORDS)[TextCategory][number];
/** Fails to compile when an obscenity upgrade adds a word we have not given a category. */
const _everyWordHasACategory: [Exclude<EnglishProfaneWord, Listed>] extends [never] ? true : never = true;

const CATEGORY = Object.fromEntries(
  (Object.keys(WORDS) as TextCategory[]).flatMap((category) => WORDS[category].map((word) => [word, category])),
) as Record<EnglishProfaneWord, TextCategory>;

type Override = Pick<TermEntry, 'patterns' | 'allow'>;
/** Replaces a stock word's patterns (when `patterns` is set) and adds innocent words. */
const OVERRIDES: Partial<Record<EnglishProfaneWord, Override>> = {
  // Stock `|abo` fires on the French « abo » (subscription); keep the slur's spelling "abbo".
  abo: { patterns: ['|abbo|', '|abbos|'] },
  // Anusha, Anushka (Indian first names), Hanuš (Czech), Latin names in -ianus (Adrianus).
  anus: { allow: ['anush', 'hanus', 'ianus', 'vanus'] },
  // Annalisa, annals, Analía, Spanish análisis.
  anal: { allow: ['annal', 'analis', 'analia'] },
  // Stock `|ass` fires on « assez », Assmann, Assefa, Assoumou; keep the word and its compounds.
  ass: {
    patterns: ['|ass|', '|asses|', '|assh', '|asswipe', '|assclown', '|asslick', '|asskiss', '|assfuck'],
  },
  // Stock `bich|` fires on Bích (Vietnamese first name).
  bitch: { patterns: ['bitch', '|biatch'] },
  // Stock `|cockp` fires on "cockpit"; Hancock, Cockburn and cocktail never matched.
  cock: { patterns: ['|cock|', '|cocks|', 'cocksuck', '|cockhead', '|cockface'] },
  // Stock `|cum` fires on Cumming, Cuma (Turkish first name), « cumul ».
  cum: { patterns: ['|cum|', '|cums|', 'cumshot', 'cumslut', '|cumdump'], allow: ['cum laude'] },
  // Surnames built on Dick: they are names, not the word. "Dick" alone still fires (allowlist it).
  dick: { allow: ['dickson', 'dickinson', 'dickerson', 'dickey', 'dickie', 'dickman', 'dickmann', 'dicker', 'dicken'] },
  // Stock `|fag` fires on Fagan, Fagundes, Fagerberg and the French « fagot ».
  fag: { patterns: ['|fag|', '|fags|', '|faggot', '|faggit', '|faggy|', 'fggot'] },
  // Stock `f[?]ck` fires on Focke, Fackel, Fäcke; `|fu|` on Fu (Chinese surname); `|fuk` on Fukuda.
  fuck: {
    patterns: ['fuck', '|fck', 'fvck', '|fuk|', '|fuks|', '|fuker', '|fukin', '|fukd|', '|fuq|'],
    allow: ['kung fu'],
  },
  // Russian Georgy contains "orgy".
  orgy: { patterns: ['|orgy', '|orgies'] },
  // Pornic, Pornichet (French towns).
  porn: { allow: ['pornic'] },
  // Pissarro (painter), « pissenlit » (dandelion).
  piss: { allow: ['pissarro', 'pissenlit'] },
  // Stock `|rape` fires on "rapeseed"; keep the word and its forms.
  // French « râpé » / « râpe » (grated, grater) fold to "rape": their usual company is allowed.
  rape: {
    patterns: ['|rape|', '|rapes|', '|raped|', '|raping|', '|rapist', '|rapey|'],
    allow: ['fromage rape', 'gruyere rape', 'parmesan rape', 'emmental rape', 'une rape'],
  },
  // Stock `retard` fires on « en retard » (French: late) and "fire retardant": keep the insult's forms.
  retard: { patterns: ['|retarded|', '|retards|', 'you retard', '|u retard|', '|ur retard|', 'fucking retard'] },
  // Stock `|semen` fires on Semenov and « semence ».
  semen: { patterns: ['|semen|'] },
  // Stock `|shit` fires on Shitrit, Shital, Shitara; keep the word, its forms and compounds.
  shit: {
    patterns: [
      '|shit|',
      '|shits',
      '|shitty',
      '|shitter',
      '|shith',
      '|shitf',
      '|shitb',
      '|shitl',
      '|shitp',
      '|shitst',
      'shit|',
    ],
    allow: ['shiitake', 'dikshit'],
  },
  // Slutsk (Belarus), Slutsky.
  slut: { allow: ['slutsk'] },
  // Stock `|titt` fires on Titta, Tittoni.
  tit: { patterns: ['|tit|', '|tits|', '|titty', '|titties', '|tities', '|tiddies'] },
  // Stock `|wank` fires on Wanke (surname), Wankel (engine), Wankhede (Indian surname).
  wank: { patterns: ['|wank|', '|wanks|', '|wanker', '|wanking', '|wanky|', '|wankstain'] },
  // Penistone (town); Pennisi and other double-n names, which the doubled-letter cut turns into "penis".
  penis: { allow: ['penistone', 'pennis'] },
  negro: { allow: ['negroni', 'negroponte', 'rio negro'] },
};

/** The stock dataset's phrases, read through its public API (removePhrasesIf visits each one). */
function stockPhrases(): PhraseContainer<{ originalWord: EnglishProfaneWord }>[] {
  const phrases: PhraseContainer<{ originalWord: EnglishProfaneWord }>[] = [];
  new DataSet<{ originalWord: EnglishProfaneWord }>().addAll(englishDataset).removePhrasesIf((phrase) => {
    phrases.push(phrase);
    return true;
  });
  return phrases;
}

/** English words and a few compounds the stock list lacks. */
const ADDED: TermEntry[] = [
  { term: 'motherfucker', category: 'obscene', patterns: ['motherfuck', 'mofo'] },
  { term: 'dumbass', category: 'obscene', patterns: ['dumbass', 'jackass', 'fatass', 'smartass'] },
  { term: 'stfu', category: 'obscene', patterns: ['|stfu|', '|gtfo|'] },
  { term: 'douchebag', category: 'obscene', patterns: ['douchebag'] },
  { term: 'tosser', category: 'obscene', patterns: ['|tosser|', '|bellend', '|knobhead'] },
  { term: 'skank', category: 'obscene', patterns: ['|skank'] },
  { term: 'send nudes', category: 'sexual', patterns: ['send nudes', '|nudes|'] },
  { term: 'milf', category: 'sexual', patterns: ['|milf|', '|horny|', '|rimjob', 'creampie', 'bukkake'] },
];

/** Words a masked token may stand for ("f*cking"), besides each stock word itself. */
const MASK_FORMS: readonly [string, EnglishProfaneWord][] = [
  ['fucking', 'fuck'],
  ['fucker', 'fuck'],
  ['fucked', 'fuck'],
  ['asshole', 'ass'],
  ['faggot', 'fag'],
  ['nigga', 'nigger'],
  ['bitches', 'bitch'],
  ['shitty', 'shit'],
];

/** Targets for masked.ts: every single-word stock term and the forms above. */
export function englishMaskTargets(): { word: string; meta: TermMeta }[] {
  const meta = (word: EnglishProfaneWord): TermMeta => ({ term: word, category: CATEGORY[word] });
  const words = (Object.keys(CATEGORY) as EnglishProfaneWord[]).map((word) => ({ word, meta: meta(word) }));
  return [...words, ...MASK_FORMS.map(([word, stock]) => ({ word, meta: meta(stock) }))];
}

/**
 * Stock literals cut like the text: "jizz" and "buttplug" could never match, since the preset's
 * own transformer turns the text into "jiz" and "butplug" first.
 */
function collapsePattern(pattern: ParsedPattern): ParsedPattern {
  const nodes = pattern.nodes.map((node) =>
    node.kind === SyntaxKind.Literal
      ? {
          ...node,
          chars: [...collapseLikeMatcher(String.fromCodePoint(...node.chars))].map((char) => char.codePointAt(0)!),
        }
      : node,
  );
  return { ...pattern, nodes };
}

export function addEnglish(dataset: DataSet<TermMeta>): void {
  for (const phrase of stockPhrases()) {
    const word = phrase.metadata!.originalWord;
    const override = OVERRIDES[word];
    if (override?.patterns) {
      addEntries(dataset, [
        { term: word, category: CATEGORY[word], patterns: override.patterns, allow: override.allow },
      ]);
      continue;
    }
    dataset.addPhrase((builder) => {
      builder.setMetadata({ term: word, category: CATEGORY[word] });
      for (const pattern of phrase.patterns) builder.addPattern(collapsePattern(pattern));
      for (const allowed of [...phrase.whitelistedTerms, ...(override?.allow ?? [])])
        builder.addWhitelistedTerm(allowed);
      return builder;
    });
  }
  addEntries(dataset, ADDED);
}
