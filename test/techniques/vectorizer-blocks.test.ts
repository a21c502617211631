import { describe, expect, it } from 'vitest';
import { featureBlock, TfidfVectorizer } from '../../src/learn/vectorizer.js';

const docs = [
  new Map([['en|w:shameful', 1], ['en|c:<sha', 1], ['en|c:sham', 1], ['en|c:ame', 1], ['sh:excl', 2]]),
  new Map([['en|w:calm', 1], ['en|c:<ca', 1], ['sh:excl', 1]]),
];

function blockNorms(v: TfidfVectorizer, doc: ReadonlyMap<string, number>): [number, number] {
  const x = v.transform(doc);
  const features = v.state().features;
  const norms: [number, number] = [0, 0];
  x.idx.forEach((j, k) => (norms[featureBlock(features[j]!)] += x.val[k]! ** 2));
  return norms;
}

describe('tf-idf normalised by blocks', () => {
  it('tells char n-grams from the other families, prefixed or not', () => {
    expect(featureBlock('ru|c:<вла')).toBe(1);
    expect(featureBlock('c:abc')).toBe(1);
    expect(featureBlock('en|w:calm')).toBe(0);
    expect(featureBlock('sh:caps')).toBe(0);
    expect(featureBlock('en|b:c: x')).toBe(0);
  });

  it('gives the char block and the rest half the squared norm each', () => {
    const v = TfidfVectorizer.fit(docs, 1, { blockNorm: true });
    const [words, chars] = blockNorms(v, docs[0]!);
    expect(words).toBeCloseTo(0.5, 6);
    expect(chars).toBeCloseTo(0.5, 6);
  });

  it('puts the whole norm on the one block present', () => {
    const v = TfidfVectorizer.fit(docs, 1, { blockNorm: true });
    const [words, chars] = blockNorms(v, new Map([['en|w:calm', 3]]));
    expect(words).toBeCloseTo(1, 6);
    expect(chars).toBe(0);
  });

  it('keeps one joint norm without the option, where char n-grams outweigh the words', () => {
    const v = TfidfVectorizer.fit(docs, 1);
    const [words, chars] = blockNorms(v, docs[0]!);
    expect(words + chars).toBeCloseTo(1, 6);
    expect(chars).toBeGreaterThan(words);
    expect(v.state().blockNorm).toBe(false);
  });
});

describe('raw-value features (x:…)', () => {
  it('pass through unweighted and stay outside the norm, with or without blocks', () => {
    const withRaw = docs.map((d, i) => new Map([...d, ['x:lx:Doubt:max', 0.125 * (i + 1)]]));
    for (const blockNorm of [true, false]) {
      const plain = TfidfVectorizer.fit(docs, 1, { blockNorm });
      const v = TfidfVectorizer.fit(withRaw, 1, { blockNorm });
      const x = v.transform(withRaw[0]!);
      const features = v.state().features;
      const rawAt = x.idx.findIndex((j) => features[j] === 'x:lx:Doubt:max');
      expect(x.val[rawAt]).toBeCloseTo(0.125, 7);
      // every other value as without the raw feature
      const y = plain.transform(docs[0]!);
      const others = [...x.idx].map((j, k) => [features[j]!, x.val[k]!] as const).filter(([f]) => f !== 'x:lx:Doubt:max');
      expect(others.map(([f]) => f)).toEqual([...y.idx].map((j) => plain.state().features[j]));
      others.forEach(([, val], k) => expect(val).toBeCloseTo(y.val[k]!, 7));
    }
  });
});
