import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { tokenForms } from '../../src/features/ngrams.js';
import { isSideWord } from '../../src/lang/side-words.js';
import { VALENCE_FEATURES, VALENCE_SCALE, valenceScores, valenceTable, wordValence } from '../../src/features/valence.js';

function scores(text: string, lang: string) {
  const doc = new Doc(text, { lang });
  const tokens = doc.tokensIn(0, doc.offsets.length);
  const forms = tokenForms(tokens, { lang });
  const s = valenceScores(tokens, forms, lang);
  const words = (j: number) => (s?.tokens[j] ?? []).map((i) => tokens[i]!.text);
  return { s, words };
}

describe('word valence lists', () => {
  it('loads the list of a language by its ISO or corpus code', () => {
    expect(wordValence(valenceTable('en')!, 'betrayal')).toBeLessThan(0);
    expect(wordValence(valenceTable('en')!, 'wonderful')).toBeGreaterThan(0);
    expect(valenceTable('ge')?.forms.size).toBeGreaterThan(1000);
    expect(valenceTable('po')?.forms.size).toBeGreaterThan(1000);
    expect(valenceTable('gr')?.forms.size).toBeGreaterThan(1000);
  });

  it('has no list for an unknown code, and never reads a path out of one', () => {
    expect(valenceTable('xx')).toBeUndefined();
    expect(valenceTable('../en')).toBeUndefined();
    expect(valenceTable('en/../en')).toBeUndefined();
  });

  it('reads an inflected form through its stem', () => {
    const en = valenceTable('en')!;
    expect(en.forms.has('betrayals')).toBe(false);
    expect(wordValence(en, 'betrayals')).toBe(wordValence(en, 'betrayal'));
  });

  it('rates no side (country, people, religion, camp) in the six languages', () => {
    for (const lang of ['en', 'fr', 'ge', 'it', 'po', 'ru']) {
      const sides = [...valenceTable(lang)!.forms.keys()].filter((w) => isSideWord(w, lang));
      // French "protestant" is the verb ("protesting") in the list; a side word is read as a name before valence is asked
      expect(sides.filter((w) => w !== 'protestant')).toEqual([]);
    }
  });
});

describe('valence features', () => {
  it('scores the strongest negative word, the negative sum, the strong ones and the positive words', () => {
    const { s, words } = scores('A disgusting betrayal by corrupt liars, and not one hero to stop it.', 'en');
    expect(s).toBeDefined();
    expect(s!.values).toHaveLength(VALENCE_FEATURES.length);
    for (const v of s!.values) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(VALENCE_SCALE);
    }
    expect(words(0)).toHaveLength(1);
    expect(words(1)).toEqual(expect.arrayContaining(['disgusting', 'betrayal', 'corrupt']));
    expect(words(2)).toEqual(expect.arrayContaining(['disgusting', 'betrayal', 'corrupt']));
    expect(words(3)).toEqual(['hero']);
    expect(s!.values[2]).toBeCloseTo(VALENCE_SCALE, 10); // three strong words or more: the cap
  });

  it('gives nothing for a neutral sentence', () => {
    const { s } = scores('The committee meets on Tuesday in the main building.', 'en');
    expect(Array.from(s!.values)).toEqual([0, 0, 0, 0, 0]);
  });

  it('skips words read as names, so a name never carries a valence', () => {
    // "Hope" inside a sentence is a name; "hope" is a positive word
    expect(scores('They met Hope in the city.', 'en').s!.values[3]).toBe(0);
    expect(scores('They lost hope in the city.', 'en').s!.values[3]).toBeGreaterThan(0);
  });

  it('works in languages without training data, and is absent where no list exists', () => {
    expect(scores('Estos traidores son una vergüenza.', 'es').s).toBeDefined();
    expect(scores('Some text.', 'xx').s).toBeUndefined();
  });
});
