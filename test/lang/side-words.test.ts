import { describe, expect, it } from 'vitest';
import { isCampWordAt, isSideWord, SIDE_WORD_LANGUAGES } from '../../src/lang/side-words.js';
import { Doc } from '../../src/doc/doc.js';
import { tokenForms } from '../../src/features/ngrams.js';

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

describe('community words (lang/community-words.ts)', () => {
  it('reads colour words that name a people, places of worship and clergy as side words', () => {
    const sides: Array<[string, string]> = [
      ['en', 'black'], ['en', 'whites'], ['en', 'mosque'], ['en', 'church'], ['en', 'imam'], ['en', 'priest'],
      ['fr', 'noirs'], ['fr', 'blanches'], ['fr', 'mosquées'], ['fr', 'église'], ['fr', 'rabbin'],
      ['de', 'schwarze'], ['de', 'weißen'], ['de', 'moscheen'], ['de', 'kirche'], ['de', 'rabbiner'],
      ['it', 'neri'], ['it', 'bianchi'], ['it', 'moschea'], ['it', 'chiesa'], ['it', 'sacerdote'],
      ['pl', 'czarni'], ['pl', 'biała'], ['pl', 'meczetu'], ['pl', 'kościoła'], ['pl', 'księża'],
      ['ru', 'чернокожие'], ['ru', 'белые'], ['ru', 'мечети'], ['ru', 'церковь'], ['ru', 'священники'],
      ['ge', 'moschee'], ['po', 'cerkwi'],
      ['en', 'gay'], ['en', 'heterosexuals'], ['en', 'atheists'], ['fr', 'homosexuels'], ['de', 'schwule'], ['it', 'omosessuali'],
      ['pl', 'geje'], ['pl', 'heteroseksualiści'], ['ru', 'геи'], ['ru', 'атеисты'], ['ru', 'верующие'],
    ];
    for (const [lang, w] of sides) expect(isSideWord(w, lang), `${lang} ${w}`).toBe(true);
  });

  it('leaves the ordinary words that share their letters alone', () => {
    // German "weiß" is also "knows"; Polish "kości" are bones; Russian "белок" is protein
    const ordinary: Array<[string, string]> = [
      ['de', 'weiß'], ['pl', 'kości'], ['pl', 'białko'], ['ru', 'белок'], ['ru', 'бельё'], ['en', 'blackmail'], ['fr', 'noircir'],
      ['de', 'gläubiger'], ['it', 'credenziali'], ['fr', 'croyance'], ['ru', 'натуральный'], ['it', 'eterogeneo'], ['de', 'schwül'],
    ];
    for (const [lang, w] of ordinary) expect(isSideWord(w, lang), `${lang} ${w}`).toBe(false);
  });

  it('gives both sides of a swap the same token forms', () => {
    const forms = (text: string, lang: string) => tokenForms(new Doc(text, { lang }).tokens, { lang });
    expect(forms('The mosque on the corner is a nest of hatred and lies.', 'en')).toEqual(forms('The church on the corner is a nest of hatred and lies.', 'en'));
    expect(forms('Black activists are tearing this city apart.', 'en')).toEqual(forms('White activists are tearing this city apart.', 'en'));
    expect(forms('Die Priesterin hat gelogen.', 'de')).toEqual(forms('Der Priester hat gelogen.', 'de'));
    expect(forms('Мечеть стала рассадником ненависти.', 'ru')).toEqual(forms('Церковь стала рассадником ненависти.', 'ru'));
  });
});

describe('side words behind an elided article', () => {
  it('reads "l\'imam", "l\'église" and "dell\'americano" as side words, in French and Italian', () => {
    const forms = (text: string, lang: string) => tokenForms(new Doc(text, { lang }).tokens, { lang });
    expect(forms("Hier, l'imam et l'église ont menti.", 'fr')).toEqual(['hier', ',', '<NAME>', 'et', '<NAME>', 'ont', 'menti', '.']);
    expect(forms("Ieri la colpa dell'americano.", 'it')).toContain('<NAME>');
    // an ordinary word behind an elided article keeps its word
    expect(forms("Hier, l'homme a menti.", 'fr')).toContain("l'homme");
  });
});

describe('particles inside a name (features/name-context.ts)', () => {
  const forms = (text: string, lang = 'en') => tokenForms(new Doc(text, { lang }).tokens, { lang });
  it('reads "von der", "de", "al-" and "bin" as part of the name they stand in', () => {
    expect(forms('Ursula von der Leyen lied.')).toEqual(['ursula', '<NAME>', '<NAME>', '<NAME>', 'lied', '.']);
    expect(forms('Analysts say that von der Leyen lied.')).toEqual(['analysts', 'say', 'that', '<NAME>', '<NAME>', '<NAME>', 'lied', '.']);
    expect(forms('Bashar al-Assad lied.')).toContain('<NAME>');
    expect(forms('Bashar al-Assad lied.').filter((f) => f === 'al' || f === '-')).toEqual([]);
    expect(forms('Le général de Gaulle a menti.', 'fr')).toEqual(['le/la', 'général', 'de', '<NAME>', 'a', 'menti', '.']);
    expect(forms('Hier, Charles de Gaulle a menti.', 'fr')).toEqual(['hier', ',', '<NAME>', '<NAME>', '<NAME>', 'a', 'menti', '.']);
  });

  it('leaves a shared particle alone after an ordinary word ("la politique de Macron", "die Rede von Scholz")', () => {
    expect(forms('La politique de Macron a échoué.', 'fr')).toContain('de');
    const german = tokenForms(new Doc('Wir kennen die Rede von Scholz.', { lang: 'de' }).tokens, { lang: 'de', nounVocabulary: new Set(['rede']), nameForms: new Set(['scholz']) });
    expect(german).toContain('von');
    expect(german).toContain('<NAME>');
    // a capitalised "Von" opening a sentence opens the name
    expect(tokenForms(new Doc('Von der Leyen lügt.', { lang: 'de' }).tokens, { lang: 'de', nounVocabulary: new Set<string>(), nameForms: new Set(['leyen']) }).slice(0, 3)).toEqual(['<NAME>', '<NAME>', '<NAME>']);
  });
});
