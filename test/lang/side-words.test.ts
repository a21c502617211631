import { describe, expect, it } from 'vitest';
import { isCampWordAt, isSideWord, SIDE_WORD_LANGUAGES } from '../../src/lang/side-words.js';

describe('isSideWord', () => {
  it('finds inflected adjectives and nouns that name a side', () => {
    const sides: Array<[string, string]> = [
      ['ru', 'российских'], ['ru', 'украинцы'], ['ru', 'киевский'], ['ru', 'мусульмане'], ['ru', 'грузинам'],
      ['fr', 'ukrainiennes'], ['fr', 'musulmans'], ['fr', 'libéraux'],
      ['de', 'russischen'], ['de', 'amerikaner'], ['ge', 'jüdische'], ['de', 'grünen'], ['de', 'linken'], ['de', 'linke'], ['fr', 'républicains'], ['ru', 'республиканцы'],
      ['it', 'ucraini'], ['it', 'cristiani'], ['it', 'russi'],
      ['pl', 'rosyjskie'], ['po', 'ukraińscy'], ['pl', 'lewicowy'],
      ['en', 'russians'], ['en', 'chinese'], ['en', 'muslims'],
      ['en', 'venezuelan'], ['fr', 'vénézuéliens'], ['de', 'venezolanische'], ['it', 'venezuelani'], ['pl', 'wenezuelski'], ['ru', 'венесуэльские'],
      ['ru', 'латвийских'], ['pl', 'łotewscy'], ['de', 'schottische'], ['it', 'cechi'], ['fr', 'tchèques'], ['ru', 'греческие'],
    ];
    for (const [lang, w] of sides) expect(isSideWord(w, lang), `${lang} ${w}`).toBe(true);
  });

  it('leaves alone the ordinary words its prefixes come close to', () => {
    const ordinary: Array<[string, string]> = [
      ['ru', 'грузить'], ['ru', 'корень'], ['ru', 'индивидуальный'], ['ru', 'польза'], ['ru', 'советник'], ['ru', 'евро'], ['ru', 'протест'],
      ['fr', 'angle'], ['fr', 'libération'], ['fr', 'conservation'], ['fr', 'franchise'],
      ['de', 'spannend'], ['de', 'regierung'],
      ['it', 'russare'], ['it', 'ebrezza'], ['it', 'arabile'], ['it', 'francamente'], ['it', 'turchese'],
      ['pl', 'niemal'], ['pl', 'gruzie'], ['pl', 'węgiel'], ['pl', 'protestacyjny'], ['pl', 'indywidualny'],
      ['en', 'us'], ['en', 'brittle'], ['en', 'angle'], ['en', 'government'],
      ['ru', 'гречка'], ['ru', 'чехол'], ['ru', 'данные'], ['ru', 'ливень'], ['ru', 'катаракта'],
      ['pl', 'kubek'], ['pl', 'danie'], ['pl', 'katar'], ['pl', 'tatar'],
      ['de', 'schotter'], ['de', 'katarrh'], ['fr', 'cubage'], ['fr', 'estomac'], ['it', 'cecità'],
    ];
    for (const [lang, w] of ordinary) expect(isSideWord(w, lang), `${lang} ${w}`).toBe(false);
  });

  it('knows both the ISO and the corpus codes, and nothing for other languages', () => {
    expect(SIDE_WORD_LANGUAGES).toEqual(expect.arrayContaining(['de', 'ge', 'pl', 'po']));
    expect(isSideWord('russische', 'ge')).toBe(isSideWord('russische', 'de'));
    expect(isSideWord('rusos', 'es')).toBe(false);
  });

  it('decides long tokens too, without remembering them', () => {
    expect(isSideWord(`российск${'ий'.repeat(5000)}`, 'ru')).toBe(true);
    expect(isSideWord('x'.repeat(100_000), 'en')).toBe(false);
  });

  it('answers the same when asked again (the memo)', () => {
    expect(isSideWord('российский', 'ru')).toBe(true);
    expect(isSideWord('российский', 'ru')).toBe(true);
    expect(isSideWord('грузить', 'ru')).toBe(false);
  });

  it('names the political camps: English left and right in compounds only, and the camp words of the other languages', () => {
    const at = (text: string, i: number) => isCampWordAt(text.split(' ').map((lower) => ({ lower })), i, 'en');
    expect(at('left - wing extremists', 0)).toBe(true);
    expect(at('right - leaning papers', 0)).toBe(true);
    expect(at('the far - right party', 3)).toBe(true);
    expect(at('centre - left voters', 2)).toBe(true);
    expect(at('they left early', 1)).toBe(false);
    expect(at('the right to vote', 1)).toBe(false);
    expect(at('turn right - now', 1)).toBe(false);
    expect(isCampWordAt([{ lower: 'left' }, { lower: '-' }, { lower: 'wing' }], 0, 'fr')).toBe(false);
    for (const [lang, w] of [['fr', 'droite'], ['it', 'sinistra'], ['de', 'rechtsextremisten'], ['pl', 'prawicy'], ['ru', 'ультраправые']] as const) expect(isSideWord(w, lang), `${lang} ${w}`).toBe(true);
    for (const [lang, w] of [['pl', 'prawica'.slice(0, 5)], ['de', 'rechts'], ['ru', 'правый']] as const) expect(isSideWord(w, lang), `${lang} ${w}`).toBe(false);
  });
});
