import { describe, expect, it } from 'vitest';
import { collapseRuns, fold, joinSpacedLetters, normalise, resolveLeet, textViews } from './normalise';

describe('fold', () => {
  it('maps look-alikes, fullwidth and accents to plain lower-case Latin', () => {
    expect(fold('соnnаrd')).toBe('connard'); // Cyrillic о, а
    expect(fold('fυck')).toBe('fuck'); // Greek upsilon
    expect(fold('ｆｕｃｋ')).toBe('fuck');
    expect(fold('Encülé Député')).toBe('encule depute');
    expect(fold('𝖋𝖚𝖈𝖐 ⓕⓤⓒⓚ')).toBe('fuck fuck');
  });

  it('drops zero-width, bidi and filler characters', () => {
    expect(fold('fu\u200Bck')).toBe('fuck');
    expect(fold('\u202Efuck\u202C')).toBe('fuck');
    expect(fold('f\u00ADu\u2060c\u3164k')).toBe('fuck');
    expect(fold('f\u034Fu\uFE0Fc\u180Bk')).toBe('fuck'); // invisible marks
  });

  it('reads ß, ı, æ, ø, ł as a reader would, not as confusables guesses (B, l)', () => {
    expect(fold('Straße Yıldız Ærø Łukasz Đặng')).toBe('strasse yildiz aero lukasz dang');
  });
});

describe('joinSpacedLetters', () => {
  it('joins three or more spaced or dotted single letters', () => {
    expect(joinSpacedLetters('f u c k you')).toBe('fuck you');
    expect(joinSpacedLetters('p.u.t.e')).toBe('pute');
    expect(joinSpacedLetters('s-h-1-t')).toBe('sh1t');
    expect(joinSpacedLetters('1 4 8 8')).toBe('1488');
  });

  it('leaves two initials and ordinary words alone', () => {
    expect(joinSpacedLetters('j. r. smith')).toBe('j. r. smith');
    expect(joinSpacedLetters('il y a un chat')).toBe('il y a un chat');
  });
});

describe('resolveLeet', () => {
  it('reads digits and symbols as letters inside words', () => {
    expect(resolveLeet('sh1t c0nn4rd $alope @ss 5h17 sh!t')).toBe('shit connard salope ass shit shit');
    expect(resolveLeet('sa1ope', 'l')).toBe('salope');
  });

  it('keeps numbers, codes and exclamation marks', () => {
    expect(resolveLeet('agent 007, room 1488, 14/88, $5')).toBe('agent 007, room 1488, 14/88, $5');
    expect(resolveLeet('shit!')).toBe('shit!');
  });
});

describe('collapseRuns', () => {
  it('cuts runs of three or more letters to one or two', () => {
    expect(collapseRuns('salooooope', 1)).toBe('salope');
    expect(collapseRuns('boooobs', 2)).toBe('boobs');
  });

  it('keeps doubled letters and digits, which are spelling', () => {
    expect(collapseRuns('shiitake cockburn 1000', 1)).toBe('shiitake cockburn 1000');
  });
});

describe('textViews', () => {
  it('offers the 1-as-l and keep-two readings only when the text needs them', () => {
    expect(textViews('Marie Curie').words).toEqual(['marie curie']);
    expect(textViews('sa1ooope').words).toEqual(['saiope', 'saioope', 'salope', 'saloope']);
  });

  it('keeps digits for codes and masks for masked words', () => {
    const views = textViews('Ａｒｙａｎ_88 f*ck sh1t');
    expect(views.codes).toBe('aryan_88 f*ck sh1t');
    expect(views.masked).toBe('aryan_88 f*ck shit');
    expect(views.words).toEqual(['aryan 88 f ck shit', 'aryan 88 f ck shlt']);
  });

  it('normalise gives the main reading', () => {
    expect(normalise('  N1QUE-TA-MÈRE !! ')).toBe('nique ta mere');
  });
});
