import { describe, expect, it } from 'vitest';
import { tokenFeatureKeys, tokenForms, tokenize } from '../../src/features/ngrams.js';
import { FormIndex } from '../../src/features/form-index.js';

/** A vocabulary of every other key the paragraphs fire, so that some keys are unknown. */
function vocabulary(paragraphs: string[]): Map<string, number> {
  const keys = new Set<string>();
  for (const p of paragraphs) for (const ks of tokenFeatureKeys(tokenize(p, 'en'), { lang: 'en', prefix: 'en' })) for (const k of ks) keys.add(k);
  return new Map([...keys].sort().filter((_, i) => i % 2 === 0).map((k, i) => [k, i]));
}

describe('FormIndex (cached feature indices of token forms)', () => {
  const paragraphs = [
    'They lie, and they lie again! Who pays for it?',
    'The committee «never» answered: 40 questions, 0 answers 🤥.',
    'Lies, lies, lies… and more lies from the same people.',
    'Nobody asked the farmers; the farmers asked nobody.',
  ];
  const index = vocabulary(paragraphs);

  for (const limits of [undefined, { forms: 5, bigrams: 7 }]) {
    it(`gives each token the indices of its keys, bigram last (limits ${limits ? 'tiny: forgets between paragraphs' : 'default'})`, () => {
      const forms = new FormIndex(index, { lang: 'en', prefix: 'en' }, limits);
      for (let round = 0; round < 2; round++) {
        for (const p of paragraphs) {
          const tokens = tokenize(p, 'en');
          const keys = tokenFeatureKeys(tokens, { lang: 'en', prefix: 'en' });
          const tokenForm = tokenForms(tokens, { lang: 'en' });
          forms.startParagraph();
          const ids = tokenForm.map((f) => forms.id(f));
          tokens.forEach((t, i) => {
            const got = [...forms.own(ids[i]!, t.isWord)];
            if (i > 0) {
              const b = forms.bigram(ids[i - 1]!, ids[i]!);
              if (b >= 0) got.push(b);
            }
            const expected = keys[i]!.map((k) => index.get(k)).filter((j): j is number => j !== undefined);
            expect(got).toEqual(expected);
          });
        }
      }
    });
  }

  it('finds the bigrams of a paragraph with more forms than a pair key holds', () => {
    const words = Array.from({ length: 33_000 }, (_, i) => `w${i.toString(36)}x`);
    const index = new Map<string, number>([['en|b:w0x w1x', 0], [`en|b:${words[32_999]} ${words[32_998]}`, 1], ['en|b:w1x w0x', 2]]);
    const forms = new FormIndex(index, { lang: 'en', prefix: 'en' });
    forms.startParagraph();
    const ids = words.map((w) => forms.id(w));
    expect(forms.bigram(ids[0]!, ids[1]!)).toBe(0);
    expect(forms.bigram(ids[32_999]!, ids[32_998]!)).toBe(1);
    expect(forms.bigram(ids[1]!, ids[0]!)).toBe(2);
    expect(forms.bigram(ids[32_768]!, ids[0]!)).toBe(-1);
    expect(forms.bigram(ids[1]!, ids[32_768]!)).toBe(-1);
  });
});

describe('FormIndex store', () => {
  it('keeps every form\'s own indices right while its store grows', () => {
    // letters only (a digit would make every word the <NUM> form)
    const words = Array.from({ length: 3000 }, (_, i) => `wörd${[...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`);
    const tokens = tokenize(words.join(' '), 'en');
    const keys = tokenFeatureKeys(tokens, { lang: 'en', prefix: 'en' });
    const index = new Map<string, number>();
    // every third distinct key left out of the vocabulary
    const seen = new Set<string>();
    for (const ks of keys) for (const k of ks) if (!seen.has(k) && seen.add(k).size % 3 !== 1) index.set(k, index.size);
    const forms = new FormIndex(index, { lang: 'en', prefix: 'en' });
    forms.startParagraph();
    const ids = tokenForms(tokens, { lang: 'en' }).map((f) => forms.id(f));
    const where = tokens.map((t, i) => forms.ownAt(ids[i]!, t.isWord));
    // read after all of them were added (the store grew many times meanwhile)
    tokens.forEach((t, i) => {
      const pool = forms.pool;
      const got = [...pool.subarray(where[i]! + 1, where[i]! + 1 + pool[where[i]!]!)];
      const expected = keys[i]!.filter((k) => !k.includes('|b:')).map((k) => index.get(k)).filter((j): j is number => j !== undefined);
      expect(got).toEqual(expected);
      expect([...forms.own(ids[i]!, t.isWord)]).toEqual(expected);
    });
    expect(forms.pool.length).toBeGreaterThan(4096);
  });
});
