import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { locatorFeatures, repeatedWords, tokenScores } from '../../src/techniques/locator.js';
import type { SpanLocator } from '../../src/techniques/locator.js';
import { locatorFeatureIds, tokenScoresById } from '../../src/techniques/locator-ids.js';

const TEXT = [
  'They lie. They always lie! Who believes these «experts» now?',
  'The so-called committee said: "Nothing happened." Nothing? 😡 Really?',
  'Lies, lies and more lies from the SAME people, again and again.',
].join('\n');

/** A locator weighing some of the keys the text fires (odd weights, so sums are not round). */
function locatorFor(doc: Doc): SpanLocator {
  const keys = new Set<string>();
  for (const p of doc.paragraphs) for (const ks of locatorFeatures(doc.tokensIn(p.start, p.end), 'en', repeatedWords(doc))) for (const k of ks) keys.add(k);
  const sorted = [...keys].sort();
  const weights = new Map<string, Map<string, number>>();
  weights.set('Loaded_Language', new Map(sorted.filter((_, i) => i % 2 === 0).map((k, i) => [k, Math.sin(i + 1) / 3])));
  weights.set('Doubt', new Map(sorted.filter((_, i) => i % 3 === 0).map((k, i) => [k, Math.cos(i + 1) / 7])));
  return { lang: 'en', weights, spanWords: {}, cut: 0.5, blend: 0, unit: 'words' };
}

describe('locator feature ids (the detector\'s form of the span locator)', () => {
  const doc = new Doc(TEXT, { lang: 'en' });
  const locator = locatorFor(doc);
  for (const technique of ['Loaded_Language', 'Doubt', 'Repetition']) {
    it(`scores every token as the string features do (${technique})`, () => {
      for (let round = 0; round < 2; round++) {
        for (const p of doc.paragraphs) {
          const tokens = doc.tokensIn(p.start, p.end);
          const expected = tokenScores(locatorFeatures(tokens, 'en', repeatedWords(doc)), locator.weights.get(technique));
          const got = tokenScoresById(locatorFeatureIds(tokens, locator, repeatedWords(doc)), locator, technique);
          expect(got).toEqual(expected);
        }
      }
    });
  }
});

describe('locator feature ids with float32 weights (a locator read from its file)', () => {
  const doc = new Doc(TEXT, { lang: 'en' });
  const doubles = locatorFor(doc);
  // the same keys with the weights rounded to float32, as a model file stores them
  const weights = new Map([...doubles.weights].map(([t, w]) => [t, new Map([...w].map(([k, v]) => [k, Math.fround(v)]))]));
  const locator: SpanLocator = { ...doubles, weights };
  it('scores every token as the string features do', () => {
    for (const p of doc.paragraphs) {
      const tokens = doc.tokensIn(p.start, p.end);
      const expected = tokenScores(locatorFeatures(tokens, 'en', repeatedWords(doc)), weights.get('Loaded_Language'));
      const got = tokenScoresById(locatorFeatureIds(tokens, locator, repeatedWords(doc)), locator, 'Loaded_Language');
      expect(got).toEqual(expected);
      // not vacuous: the rounded weights differ from the doubles
      const unrounded = tokenScores(locatorFeatures(tokens, 'en', repeatedWords(doc)), doubles.weights.get('Loaded_Language'));
      expect(got).not.toEqual(unrounded);
    }
  });
});

describe('locator features for German names', () => {
  const doc = new Doc('Die Regierung schweigt, aber Vandalov lügt wieder. Auch Wolkenstein lügt.', { lang: 'de' });
  const tokens = doc.tokens;
  const roles = { nameForms: new Set(['vandalov']), nounVocabulary: new Set(['regierung', 'die', 'auch']) };
  const wordOf = (features: string[][], text: string) => features[tokens.findIndex((t) => t.text === text)]!.find((k) => k.startsWith('w:'));

  it('read a known and an unknown German name by their role, and keep the nouns', () => {
    const f = locatorFeatures(tokens, 'ge', new Set(), roles);
    expect(wordOf(f, 'Vandalov')).toBe('w:<NAME>');
    expect(wordOf(f, 'Wolkenstein')).toBe('w:<NAME>');
    expect(wordOf(f, 'Regierung')).toBe('w:regierung');
  });

  it('give the same ids as the string features with the roles', () => {
    const keys = new Set(locatorFeatures(tokens, 'ge', new Set(), roles).flat());
    const locator: SpanLocator = { lang: 'ge', weights: new Map([['Loaded_Language', new Map([...keys].sort().map((k, i) => [k, Math.sin(i + 1)]))]]), spanWords: {}, cut: 0.5, blend: 0, unit: 'words' };
    const expected = tokenScores(locatorFeatures(tokens, 'ge', new Set(), roles), locator.weights.get('Loaded_Language'));
    expect(tokenScoresById(locatorFeatureIds(tokens, locator, new Set(), roles), locator, 'Loaded_Language')).toEqual(expected);
  });
});
