import { describe, expect, it } from 'vitest';
import { NAME_ROLE, tokenForms, tokenize } from '../../src/features/ngrams.js';
import { wordCaseVocabulary } from '../../src/features/ordinary-words.js';
import { Doc } from '../../src/doc/doc.js';

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

describe('wordCaseVocabulary', () => {
  it('knows the words written in lower case in enough runs, unless they are mostly capitalised inside sentences', () => {
    const runs = [
      new Doc('Ruritania lies. They said trump cards win.', { lang: 'en' }).tokens,
      new Doc('Yesterday Trump lied and Trump cheated. Even Trump knows 😀 the trump suit lies.', { lang: 'en' }).tokens,
      new Doc('NATO lies and the regime lies.', { lang: 'en' }).tokens,
    ];
    const cases = wordCaseVocabulary(runs, 2);
    // "trump": lower case in two runs, but capitalised inside a sentence three times against twice
    expect(cases.capitalised).toEqual(new Set(['trump']));
    expect(cases.known).toEqual(new Set(['lies', 'and', 'the']));
    // a sentence opener ("Ruritania", "Yesterday", "Even") and all capitals ("NATO") count neither way
    expect(wordCaseVocabulary(runs, 1).known).toEqual(new Set(['lies', 'said', 'cards', 'win', 'lied', 'and', 'cheated', 'knows', 'the', 'suit', 'regime']));
    expect(wordCaseVocabulary(runs, 4).known).toEqual(new Set());
  });
});
