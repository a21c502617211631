import { describe, expect, it } from 'vitest';
import { shapeFeatures, tokenForms } from '../../src/features/ngrams.js';
import type { NgramToken } from '../../src/features/ngrams.js';

/** tokenForms and the shape features as written with Unicode regexes only (ASCII shortcuts must agree); language "und" has no side-word lexicon. */
function referenceForm(text: string, sentenceStart: boolean): string {
  if (/\p{Nd}/u.test(text)) return '<NUM>';
  if (/^\p{Lu}/u.test(text)) {
    const allCaps = !/\p{Ll}/u.test(text);
    if (allCaps && text.length >= 2 && text.length <= 5) return '<NAME>';
    if (!allCaps && !sentenceStart) return '<NAME>';
  }
  return text.toLowerCase();
}

describe('tokenForms on ASCII and non-ASCII words', () => {
  const words = ['Paris', 'paris', 'NATO', 'Nato', 'x9', '٣٤', 'Ünal', 'ünal', 'ÉTÉ', 'Éa', 'ΑΘΗΝΑ', 'Αθήνα', 'МОСКВА', 'Москва', 'a1b', 'ＡＢＣ', '𝐀bc', 'ǅemal', 'NASA2', 'ok'];
  it('gives every word the form the Unicode classes give it', () => {
    for (const w of words) {
      const tokens: NgramToken[] = [{ text: 'then', lower: 'then', isWord: true, sentence: 0 }, { text: w, lower: w.toLowerCase(), isWord: true, sentence: 0 }];
      expect([w, tokenForms(tokens, { lang: 'und' })[1]]).toEqual([w, referenceForm(w, false)]);
      const first: NgramToken[] = [{ text: w, lower: w.toLowerCase(), isWord: true, sentence: 0 }];
      expect([w, tokenForms(first, { lang: 'und' })[0]]).toEqual([w, referenceForm(w, true)]);
    }
  });

  it('marks all-capital words of three letters or more, Latin or not', () => {
    for (const w of words) {
      const tokens: NgramToken[] = [{ text: w, lower: w.toLowerCase(), isWord: true }];
      const caps = shapeFeatures(tokens, tokenForms(tokens, { lang: 'und' })).has('sh:caps');
      expect([w, caps]).toEqual([w, w.length >= 3 && !/\p{Ll}/u.test(w) && /^\p{Lu}/u.test(w)]);
    }
  });
});
