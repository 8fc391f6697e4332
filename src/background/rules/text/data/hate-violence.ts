import { entries, type TermEntry } from '../term-entry';

/**
 * Hate slogans, slurs and threats in French and English that no npm list carries (detection.md
 * §2.2: 0 of 12 configurations caught « heil hitler », 1488 or "kill yourself"). Written by us
 * from the ADL hate-symbols database and the slogans moderators report most; numeric codes and
 * symbols are in codes.ts. Bare « Hitler », "nazi" or « arabe » are NOT here: history lessons
 * and ordinary talk use them; the slogan or the insult around them is what we match.
 */

/** Groups insulted as « sale X », « mort aux X », "kill all X", "death to X". */
const FR_GROUPS = ['arabe', 'juif', 'juive', 'noir', 'noire', 'negre', 'musulman', 'musulmane', 'chinois', 'chinoise'];
const FR_SLUR_GROUPS = ['bougnoule', 'gitan', 'gitane', 'pede', 'pd', 'gouine', 'tapette', 'pedale', 'renoi', 'rebeu'];
const FR_OTHER_GROUPS = ['bicot', 'youpin', 'feuj', 'race', 'singe', 'macaque', 'blanc', 'blanche', 'homo', 'tarlouze'];
const FR_DEATH_TO = ['juifs', 'arabes', 'noirs', 'musulmans', 'pedes', 'bougnoules', 'chretiens', 'homos'];
const EN_GROUPS = ['jews', 'muslims', 'blacks', 'gays', 'arabs', 'christians', 'immigrants', 'whites', 'asians'];

const plural = (word: string) => (/[sx]$/.test(word) ? [word] : [word, `${word}s`]);
const sale = [...FR_GROUPS, ...FR_SLUR_GROUPS, ...FR_OTHER_GROUPS].flatMap(plural).map((group) => `|sale ${group}|`);

export const HATE_AND_VIOLENCE_TERMS: readonly TermEntry[] = [
  ...entries('hate', [
    { term: 'heil hitler', patterns: ['heil hitler', 'heil hitla', 'hail hitler', '|heil mein fuhrer'] },
    { term: 'sieg heil', patterns: ['sieg heil', 'seig heil', 'sieg hail'] },
    {
      term: 'hitler was right',
      patterns: [
        'hitler was right',
        'hitler did nothing wrong',
        'hitler avait raison',
        'vive hitler',
        'long live hitler',
      ],
    },
    {
      term: 'gas the jews',
      patterns: ['gas the jews', 'gas the kikes', 'gazer les juifs', 'juifs au four', 'juden raus'],
    },
    {
      term: 'holocaust denial',
      patterns: ['holohoax', 'holocaust never happened', 'holocaust is a lie', '6 million wasn t enough', '|6mwe|'],
    },
    { term: 'jews will not replace us', patterns: ['jews will not replace us', 'the goyim know'] },
    { term: 'white power', patterns: ['white power', 'white pride world', '|wpww|', '|rahowa|', 'racial holy war'] },
    { term: '14 words', patterns: ['|14 words|', 'secure the existence of our people'] },
    { term: 'sale arabe', patterns: sale },
    {
      term: 'mort aux juifs',
      patterns: FR_DEATH_TO.flatMap((group) => [`|mort aux ${group}|`, `|a mort les ${group}|`]),
    },
    {
      term: 'kill all jews',
      patterns: EN_GROUPS.flatMap((group) => [`|kill all ${group}|`, `|kill the ${group}|`, `|death to ${group}|`]),
    },
    {
      term: 'retourne dans ton pays',
      patterns: ['retourne dans ton pays', 'rentre dans ton pays', 'retourne en afrique', 'retourne dans ton bled'],
    },
    {
      term: 'go back to your country',
      patterns: ['go back to your country', 'go back to africa', 'go back to where you came from'],
    },
    // English slurs the stock dataset lacks.
    { term: 'spic', patterns: ['|spic|', '|spics|', '|wetback', '|beaner|', '|beaners|'] },
    { term: 'towelhead', patterns: ['towelhead', 'raghead', '|muzzie', '|paki|', '|pakis|'] },
    {
      term: 'gook',
      patterns: ['|gook|', '|gooks|', 'zipperhead', 'jigaboo', 'porch monkey', 'golliwog', '|wog|', '|wogs|'],
    },
    { term: 'shemale', patterns: ['|lesbo|', '|lesbos|', 'shemale', '|tranie'] },
    { term: 'mongoloid', patterns: ['|mongoloid'] },
  ]),
  ...entries('violence', [
    {
      term: 'kill yourself',
      patterns: [
        'kill yourself',
        'kill urself',
        '|kys|',
        '|go die|',
        '|hope you die|',
        'hang yourself',
        'neck yourself',
      ],
    },
    {
      term: 'suicide-toi',
      patterns: ['|suicide toi', 'va te suicider', 'va te pendre', '|pends toi', '|tue toi|', '|va crever|'],
    },
    {
      term: 'i will kill you',
      patterns: [
        'i will kill you',
        '|i ll kill you',
        'gonna kill you',
        'going to kill you',
        'i will murder you',
        '|i ll murder you',
        'i will shoot you',
        '|i ll shoot you',
        'i will rape you',
        'find you and kill you',
        'i know where you live',
        'shoot up the school',
        'bomb the school',
      ],
    },
    {
      term: 'je vais te tuer',
      patterns: [
        'je vais te tuer',
        'je vais vous tuer',
        'on va te tuer',
        '|je te tue|',
        'je vais te buter',
        'je vais te crever',
        'je vais t egorger',
        'je vais te massacrer',
        'je vais te decapiter',
        'je vais te violer',
        'je sais ou tu habites',
      ],
    },
    { term: 'viol', patterns: ['|viol|', '|violer|', '|violee|'] },
  ]),
];
