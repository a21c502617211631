import { describe, expect, it } from 'vitest';
import { ngramFeatures, tokenForms, tokenize, NAME_ROLE } from '../../src/features/ngrams.js';

const forms = (text: string, lang: string): string[] => tokenForms(tokenize(text, lang), { lang });
const features = (text: string, lang: string): [string, number][] => [...ngramFeatures(tokenize(text, lang), { lang }).entries()].sort();

describe('articles that agree with a name', () => {
  it('give the same form before either side (Italian, English, French, German)', () => {
    expect(features('Gli ebrei controllano tutto.', 'it')).toEqual(features('I cattolici controllano tutto.', 'it'));
    expect(features('Parlano degli ebrei ogni giorno.', 'it')).toEqual(features('Parlano dei cattolici ogni giorno.', 'it'));
    expect(features('He shot an Israeli soldier.', 'en')).toEqual(features('He shot a Palestinian soldier.', 'en'));
    expect(features('Ils accusent les musulmans de tout.', 'fr')).toEqual(features('Ils accusent la Chine de tout.', 'fr'));
    expect(features('Er misstraut der Ukraine völlig.', 'de')).toEqual(features('Er misstraut dem Kreml völlig.', 'de'));
  });

  it('keep their own form before an ordinary word', () => {
    expect(forms('Gli studenti e le scuole', 'it')).toEqual(['gli', 'studenti', 'e', 'le', 'scuole']);
    expect(forms('an apple', 'en')).toEqual(['an', 'apple']);
  });
});

describe('quotation marks that are part of a name', () => {
  it('read as the name they enclose in Russian, Polish and French', () => {
    expect(forms('«Единая Россия» снова солгала', 'ru')).toEqual([NAME_ROLE, NAME_ROLE, NAME_ROLE, NAME_ROLE, 'снова', 'солгал']); // the verb's gender ending is read as one (lang/gender-neutral.ts)
    expect(forms('Partia „Prawo i Sprawiedliwość" kłamie', 'po')).toEqual(['partia', NAME_ROLE, NAME_ROLE, 'i', NAME_ROLE, NAME_ROLE, 'kłamie']);
    // a quoted party and a bare acronym then differ only in the length of the name
    const quoted = features('Вчера «Газпром» опять обманул всех.', 'ru').filter(([k]) => !k.startsWith('sh:name') && !k.startsWith('b:'));
    const bare = features('Вчера Роснефть опять обманул всех.', 'ru').filter(([k]) => !k.startsWith('sh:name') && !k.startsWith('b:'));
    expect(quoted.filter(([k]) => k !== `p:${NAME_ROLE}`)).toEqual(bare);
  });

  it('stay quotation marks around lower-case words, sentences, longer runs, and in English and German', () => {
    expect(forms('так называемые «освободители» пришли', 'ru')).toContain('"');
    expect(forms('он сказал «Мы победим всех» вчера', 'ru')).toContain('"');
    expect(forms('They chanted "Stop the Steal" again', 'en')).toContain('"');
    expect(forms('Die sogenannten „Experten" irren', 'de')).toContain('"');
  });
});

describe('a name of several words', () => {
  it('reads like a name of one word', () => {
    expect(features('Everyone knows Xi Jinping lies to the world.', 'en')).toEqual(features('Everyone knows Biden lies to the world.', 'en'));
    expect(features('Все знают, что «Единая Россия» лжёт.', 'ru')).toEqual(features('Все знают, что Роснефть лжёт.', 'ru'));
  });
});

describe('definite articles before a name', () => {
  it('read as part of the name, so names with and without one, or with an elided one, read alike', () => {
    // a name of several words fires its features once (continuesName), so the article adds nothing
    const noCount = (text: string, lang: string) => features(text, lang).filter(([k]) => !k.startsWith('sh:len'));
    expect(forms('The Kremlin lied again.', 'en')).toEqual([NAME_ROLE, NAME_ROLE, 'lied', 'again', '.']);
    expect(noCount('The Kremlin lied again.', 'en')).toEqual(noCount('Washington lied again.', 'en'));
    expect(noCount("Les mensonges de l'Allemagne.", 'fr')).toEqual(noCount('Les mensonges de la Russie.', 'fr'));
    expect(noCount("Le bugie dell'Ucraina.", 'it')).toEqual(noCount('Le bugie della Russia.', 'it'));
    expect(noCount('Die Ukraine lügt.', 'de')).toEqual(noCount('Russland lügt.', 'de'));
    // an indefinite article keeps one form of its own
    expect(forms('an Israeli and a Palestinian', 'en')).toEqual(['a', NAME_ROLE, 'and', 'a', NAME_ROLE]);
  });
});
