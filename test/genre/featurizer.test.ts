import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { Featurizer } from '../../src/genre/featurizer.js';
import type { FeaturizerConfig } from '../../src/genre/featurizer.js';

/** Invented sentences: the same loanword in two languages, and a name in the middle of a sentence. */
const EN = new Doc('The inflation report reached Brussels on Monday.', { lang: 'en' });
const FR = new Doc('Une forte inflation est arrivée hier.', { lang: 'fr' });
const BASE: FeaturizerConfig = { styleWeight: 0, stems: false, bigrams: false, minDf: 1, maxFeatures: 1000 };

function names(f: Featurizer, doc: Doc): string[] {
  return [...f.vector(doc).idx].map((i) => f.state.vocab[i]!);
}

describe('featurizer options', () => {
  it('keeps words apart by language unless the vocabulary is shared', () => {
    const apart = Featurizer.fit([EN, FR], BASE);
    expect(apart.state.vocab).toContain('en|w:inflation');
    expect(apart.state.vocab).toContain('fr|w:inflation');
    const shared = Featurizer.fit([EN, FR], { ...BASE, sharedVocabulary: true, minDf: 2 });
    expect(shared.state.vocab).toContain('w:inflation');
    expect(names(shared, FR)).toContain('w:inflation');
  });

  it('masks names by default and keeps them when asked', () => {
    expect(names(Featurizer.fit([EN], BASE), EN)).not.toContain('en|w:brussels');
    expect(names(Featurizer.fit([EN], { ...BASE, maskNames: false }), EN)).toContain('en|w:brussels');
  });

  it('adds char n-grams only when configured', () => {
    expect(names(Featurizer.fit([EN], BASE), EN).some((n) => n.includes('|c:'))).toBe(false);
    expect(names(Featurizer.fit([EN], { ...BASE, charNgrams: [3, 4] }), EN)).toContain('en|c:<inf');
  });

  it('normalises char n-grams and words as two blocks of equal weight', () => {
    const f = Featurizer.fit([EN, FR], { ...BASE, charNgrams: [3, 4] });
    const v = f.vector(EN);
    let chars = 0;
    let words = 0;
    v.idx.forEach((i, k) => {
      const sq = v.val[k]! ** 2;
      if (f.state.vocab[i]!.includes('|c:')) chars += sq;
      else words += sq;
    });
    expect(chars).toBeCloseTo(0.5, 5);
    expect(words).toBeCloseTo(0.5, 5);
  });

  it('gives the same document vector whether the paragraphs were counted first or not', () => {
    const text = 'Prices rose again 🙂 in every shop.\n\nThe bank raised rates, and prices rose.\nWorkers asked for higher wages!';
    for (const config of [{ ...BASE, charNgrams: [3, 4] as const, styleWeight: 0.75 }, { ...BASE, bigrams: true }]) {
      const fresh = Featurizer.fit([new Doc(text, { lang: 'en' }), EN], config);
      const direct = new Doc(text, { lang: 'en' });
      const viaParagraphs = new Doc(text, { lang: 'en' });
      const paragraphs = fresh.paragraphVectors(viaParagraphs);
      expect(paragraphs.map((v) => [...v.idx])).toEqual(direct.paragraphs.map((p) => [...fresh.paragraphVector(direct, p.start, p.end).idx]));
      const a = fresh.vector(direct);
      const b = fresh.vector(viaParagraphs);
      expect([...b.idx]).toEqual([...a.idx]);
      expect([...b.val]).toEqual([...a.val]);
    }
  });
});
