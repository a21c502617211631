import { describe, expect, it } from 'vitest';
import { NAME_ROLE, tokenForms, tokenize } from '../../src/features/ngrams.js';
import { lowerCaseVocabulary } from '../../src/features/ordinary-words.js';

describe('ordinary words in title case', () => {
  const headline = tokenize('Outrageous Lies From Ministry Spokesman 😀 Shock Voters', 'en');

  it('masks every capitalised word inside a title-case line by default', () => {
    const forms = tokenForms(headline, { lang: 'en' });
    expect(forms.filter((f) => f === NAME_ROLE).length).toBe(6);
  });

  it('keeps the capitalised words the text also writes in lower case, and masks the rest', () => {
    const forms = tokenForms(headline, { lang: 'en', ordinaryWords: new Set(['lies', 'shock', 'from']) });
    expect(forms).toContain('lies');
    expect(forms).toContain('shock');
    expect(forms).toContain('from');
    // never seen in lower case: still a role, whichever name it is
    expect(forms.filter((f) => f === NAME_ROLE).length).toBe(3);
    expect(forms[0]).toBe('outrageous');
  });
});

describe('lowerCaseVocabulary', () => {
  it('keeps the words written in lower case in at least the given number of runs', () => {
    const runs = [tokenize('the Regime lies', 'en'), tokenize('regime change, the end', 'en'), tokenize('The regime 😀 lies', 'en')];
    const vocabulary = lowerCaseVocabulary(runs, 2);
    expect(vocabulary).toEqual(new Set(['regime', 'the', 'lies']));
    // capitalised occurrences do not count: "Regime" and "The" leave each word at two runs
    expect(lowerCaseVocabulary(runs, 3)).toEqual(new Set());
    expect(lowerCaseVocabulary(runs, 1)).toEqual(new Set(['the', 'lies', 'regime', 'change', 'end']));
  });
});
