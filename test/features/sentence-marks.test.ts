import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { ngramFeatures, tokenFeatureKeys, tokenForms } from '../../src/features/ngrams.js';
import { IN_QUESTION, IN_QUOTATION, sentenceMarks } from '../../src/features/sentence-marks.js';

/** Invented sentences: the words marked as of a question (q) or a quotation (u). */
function marked(text: string, lang = 'en'): { q: string[]; u: string[] } {
  const doc = new Doc(text, { lang });
  const tokens = doc.tokens;
  const marks = sentenceMarks(tokens, tokenForms(tokens, { lang }));
  const pick = (bit: number) => tokens.filter((t, i) => t.isWord && (marks[i]! & bit) !== 0).map((t) => t.lower);
  return { q: pick(IN_QUESTION), u: pick(IN_QUOTATION) };
}

describe('sentenceMarks', () => {
  it('marks every word of a sentence that asks, and none of the sentence before it', () => {
    expect(marked('The plan failed. Who knows whether they lied?').q).toEqual(['who', 'knows', 'whether', 'they', 'lied']);
    expect(marked('The plan failed again.').q).toEqual([]);
  });

  it('marks the words between quotation marks, across a sentence end, and not the words after', () => {
    expect(marked('He said "We won. They lost." and left.').u).toEqual(['we', 'won', 'they', 'lost']);
    expect(marked('Они называют это «освобождением» и молчат.', 'ru').u).toEqual(['освобождением']);
    expect(marked('Sie sprachen von „Befreiung“ und schwiegen.', 'de').u).toEqual(['befreiung']);
  });

  it('leaves single marks alone: they are apostrophes as often as quotes', () => {
    expect(marked('The players’ union called it ‘theft’ and walked out.').u).toEqual([]);
  });

  it('marks both for a quoted question', () => {
    const m = marked('"Why should we trust them?" she asked.');
    expect(m.u).toEqual(['why', 'should', 'we', 'trust', 'them']);
    expect(m.q).toContain('trust');
  });
});

describe('ngramFeatures with marks', () => {
  const doc = new Doc('Who really believes "experts" anymore?', { lang: 'en' });
  const options = { lang: 'en', prefix: 'en' };

  it('adds q: and u: keys only when asked', () => {
    const plain = ngramFeatures(doc.tokens, options);
    const withMarks = ngramFeatures(doc.tokens, { ...options, marks: true });
    expect([...plain.keys()].some((k) => k.startsWith('en|q:') || k.startsWith('en|u:'))).toBe(false);
    expect(withMarks.get('en|q:believes')).toBe(1);
    expect(withMarks.get('en|u:experts')).toBe(1);
    expect(withMarks.get('en|q:experts')).toBe(1);
    expect(withMarks.has('en|u:believes')).toBe(false);
  });

  it('counts the keys tokenFeatureKeys lists per token, so cues can be traced to words', () => {
    const counts = ngramFeatures(doc.tokens, { ...options, marks: true, shapes: false });
    const listed = new Map<string, number>();
    for (const keys of tokenFeatureKeys(doc.tokens, { ...options, marks: true })) for (const k of keys) listed.set(k, (listed.get(k) ?? 0) + 1);
    expect(listed).toEqual(counts);
  });

  it('reads a name by its role inside a question, whoever it is', () => {
    const a = ngramFeatures(new Doc('Can anyone still trust Merkel?', { lang: 'en' }).tokens, { ...options, marks: true });
    const b = ngramFeatures(new Doc('Can anyone still trust Macron?', { lang: 'en' }).tokens, { ...options, marks: true });
    expect(a).toEqual(b);
  });
});
