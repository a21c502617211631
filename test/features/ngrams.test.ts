import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { ngramFeatures, tokenForms, tokenize, NAME_ROLE } from '../../src/features/ngrams.js';

describe('ngramFeatures', () => {
  it('masks mid-sentence names by role so swapped sides give the same features', () => {
    const a = ngramFeatures(tokenize('The regime of Freedonia lies again!', 'en'), { lang: 'en' });
    const b = ngramFeatures(tokenize('The regime of Sylvania lies again!', 'en'), { lang: 'en' });
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    expect(a.get(`w:${NAME_ROLE}`)).toBe(1);
    expect(a.has('w:freedonia')).toBe(false);
  });

  it('keeps words, stems, bigrams, char n-grams and shapes', () => {
    const f = ngramFeatures(tokenize('Traitors are destroying everything!!', 'en'), { lang: 'en', prefix: 'en' });
    expect(f.get('en|w:destroying')).toBe(1);
    expect(f.get('en|s:destroi') ?? f.get('en|s:destroy')).toBe(1);
    expect(f.has('en|b:are destroying')).toBe(true);
    expect(f.has('en|c:<tra')).toBe(true);
    expect(f.get('sh:excl')).toBeGreaterThan(0);
  });

  it('stems Russian and masks acronyms and numbers', () => {
    const f = ngramFeatures(tokenize('Продажные власти и НАТО потратили 100 миллиардов', 'ru'), { lang: 'ru' });
    expect(f.has('s:продажн')).toBe(true);
    expect(f.get('w:<NAME>')).toBe(1);
    expect(f.get('w:<NUM>')).toBe(1);
  });

  it('does not mask German nouns but masks German acronyms (as names)', () => {
    const forms = tokenForms(tokenize('Die Regierung und die EU lügen', 'de'), { lang: 'de' });
    expect(forms).toContain('regierung');
    expect(forms).toContain('<NAME>');
  });

  it('handles astral characters and unknown languages without a stemmer', () => {
    const doc = new Doc('Wow 😀 𝒜𝒷𝒸 λόγια και ψέματα!');
    const f = ngramFeatures(doc.tokens, { lang: 'el' });
    expect(f.has('w:ψέματα')).toBe(true);
    expect(f.get('sh:excl')).toBe(1);
  });

  it('gives side words the name role in any case and position, and names behind an elided article', () => {
    const forms = (text: string, lang: string): string[] => tokenForms(tokenize(text, lang), { lang });
    // (the definite article before a name reads as part of it, features/name-context.ts)
    expect(forms('Russische Truppen und die Russen', 'de')).toEqual([NAME_ROLE, 'truppen', 'und', NAME_ROLE, NAME_ROLE]);
    expect(forms("Hier, l'Ukraine a menti", 'fr')).toEqual(['hier', ',', NAME_ROLE, 'a', 'menti']);
    expect(forms('Россия и украинские власти', 'ru')).toEqual([NAME_ROLE, 'и', NAME_ROLE, 'власти']);
    // lower-case after the apostrophe is an ordinary elision
    // (the feminine ending of "armée" is read as the masculine one, lang/gender-neutral.ts)
    expect(forms("D'abord l'armée", 'fr')).toEqual(["d'abord", "l'armé"]);
    // without masking, words stay themselves
    expect(tokenForms(tokenize('russische Truppen', 'de'), { lang: 'de', maskNames: false })[0]).toBe('russische');
  });

  it('takes a capitalised sentence opener the model does not know in lower case for a name, when told the known words', () => {
    const doc = new Doc('Freedonia lies. Shameful lies again.');
    const known = new Set(['lies', 'shameful', 'again']);
    expect(tokenForms(doc.tokens, { lang: 'en', knownWords: known })).toEqual([NAME_ROLE, 'lies', '.', 'shameful', 'lies', 'again', '.']);
    // without the known words an opener keeps its word
    expect(tokenForms(doc.tokens, { lang: 'en' })[0]).toBe('freedonia');
    // German capitalises nouns, so openers are not judged there
    expect(tokenForms(new Doc('Regierung lügt.').tokens, { lang: 'de', knownWords: new Set<string>() })[0]).toBe('regierung');
  });

  it('reads a title-case sentence as it reads openers: known words keep their word, the rest are names', () => {
    const known = new Set(['traitors', 'midst', 'must', 'stopped', 'will', 'kneel', 'our']);
    const doc = new Doc('Freedonia Will Not Kneel: The Traitors in Our Midst Must Be Stopped');
    const forms = tokenForms(doc.tokens, { lang: 'en', knownWords: known });
    expect(forms).toEqual([NAME_ROLE, 'will', NAME_ROLE, 'kneel', ':', NAME_ROLE, 'traitors', 'in', 'our', 'midst', 'must', NAME_ROLE, 'stopped']);
    // whichever name leads the headline, it reads the same
    const other = tokenForms(new Doc('Ruritania Will Not Kneel: The Traitors in Our Midst Must Be Stopped').tokens, { lang: 'en', knownWords: known });
    expect(other).toEqual(forms);
    // an ordinary sentence keeps the rule for capitalised words inside it: names, even known words
    const plain = tokenForms(new Doc('Yesterday the minister met Stopped Traitors in the capital city.').tokens, { lang: 'en', knownWords: new Set([...known, 'yesterday', 'minister', 'capital', 'city']) });
    expect(plain.filter((f) => f === NAME_ROLE)).toHaveLength(2);
    expect(plain).not.toContain('stopped');
  });

  it('treats the first word of each Doc sentence as a sentence opener, not a name', () => {
    const doc = new Doc('Shameful lies. Shameful deeds of Ruritania.');
    const forms = tokenForms(doc.tokens, { lang: 'en' });
    expect(forms.filter((f) => f === 'shameful')).toHaveLength(2);
    expect(forms).toContain(NAME_ROLE);
  });
});
