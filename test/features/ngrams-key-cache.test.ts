import { describe, expect, it } from 'vitest';
import { ngramFeatures, tokenFeatureKeys, tokenize, unigramKeys } from '../../src/features/ngrams.js';
import type { NgramOptions } from '../../src/features/ngrams.js';

/** The keys of a one-word text through the cached path (tokenFeatureKeys). */
const keysOf = (word: string, options: NgramOptions): string[] => tokenFeatureKeys(tokenize(word, 'en'), options)[0]!;

describe('token key cache (keys computed once per form and options)', () => {
  it('keeps options apart: prefix, char n-grams, stems and language each change the keys', () => {
    const plain = keysOf('lies', { lang: 'en', prefix: 'en', charNgrams: false, stems: false });
    const stemmed = keysOf('lies', { lang: 'en', prefix: 'en', charNgrams: false });
    const ngrams = keysOf('lies', { lang: 'en', prefix: 'en', charNgrams: [3, 3], stems: false });
    const other = keysOf('lies', { lang: 'ru', prefix: 'ru', charNgrams: false, stems: false });
    expect(plain).toEqual(['en|w:lies']);
    expect(stemmed[0]).toBe('en|w:lies');
    expect(stemmed.length).toBe(2);
    expect(ngrams).toEqual(['en|w:lies', 'en|c:<li', 'en|c:lie', 'en|c:ies', 'en|c:es>']);
    expect(other).toEqual(['ru|w:lies']);
    // asked again after the others, the first options still give their own keys
    expect(keysOf('lies', { lang: 'en', prefix: 'en', charNgrams: false, stems: false })).toEqual(['en|w:lies']);
  });

  it('tells words from punctuation of the same form', () => {
    expect(unigramKeys('x', false, { lang: 'en', prefix: 'en' })).toEqual(['en|p:x']);
    expect(unigramKeys('x', true, { lang: 'en', prefix: 'en', charNgrams: false, stems: false })).toEqual(['en|w:x']);
  });

  it('hands out copies: a caller that changes its array changes no later answer', () => {
    const options = { lang: 'en', prefix: 'en', charNgrams: false as const, stems: false };
    unigramKeys('truth', true, options).push('en|b:junk');
    const tokens = tokenize('truth truth', 'en');
    const keys = tokenFeatureKeys(tokens, options);
    keys[0]!.push('en|b:more junk');
    expect(tokenFeatureKeys(tokens, options)).toEqual([['en|w:truth'], ['en|w:truth', 'en|b:truth truth']]);
    expect([...ngramFeatures(tokens, { ...options, shapes: false })]).toEqual([
      ['en|w:truth', 2],
      ['en|b:truth truth', 1],
    ]);
  });
});
