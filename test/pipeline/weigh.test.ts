import { describe, expect, it } from 'vitest';
import { TfidfVectorizer } from '../../src/learn/vectorizer.js';
import { weighInOrder } from '../../src/techniques/weigh.js';

/** A small vocabulary with both blocks (char n-grams and the rest), idf values not round. */
function vectorizer(blockNorm: boolean): TfidfVectorizer {
  const features = ['en|c:<th', 'en|c:the', 'en|c:he>', 'en|w:the', 'en|w:lie', 'en|b:they lie', 'sh:excl', 'en|p:!', 'en|c:lie'];
  const idf = Float32Array.from(features, (_, i) => 1 + Math.sqrt(i + 2) / 3);
  return new TfidfVectorizer({ features, idf, blockNorm });
}

describe('weighInOrder (the detector\'s tf-idf)', () => {
  for (const blockNorm of [false, true]) {
    it(`gives the same bits as TfidfVectorizer.weigh, in the Map's order (blockNorm ${blockNorm})`, () => {
      const v = vectorizer(blockNorm);
      let seed = 11;
      for (let trial = 0; trial < 200; trial++) {
        const counts = new Map<number, number>();
        const n = 1 + (trial % v.size);
        for (let i = 0; i < n; i++) {
          seed = (seed * 48271) % 2147483647;
          counts.set(seed % v.size, 1 + (seed % 7));
        }
        const expected = v.weigh(counts);
        const got = weighInOrder(v, [...counts.keys()], [...counts.values()]);
        expect([...got]).toEqual([...expected.values()]);
        expect([...expected.keys()]).toEqual([...counts.keys()]);
      }
    });
  }

  it('weighs a feature counted zero times 0, as weigh leaves it out', () => {
    const v = vectorizer(true);
    const got = weighInOrder(v, [0, 3], [0, 2]);
    const expected = v.weigh(new Map([[3, 2]]));
    expect(got[0]).toBe(0);
    expect(got[1]).toBe(expected.get(3));
  });
});
