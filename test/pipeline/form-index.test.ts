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
