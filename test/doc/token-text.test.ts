import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';

// Token text comes from the segmenter's own strings (not a slice of the text); it must still be
// exactly the text between the token's code-point offsets, astral characters and merged acronyms included.
describe('Doc token text', () => {
  const texts = [
    'The U.S. envoy 😀 met Mr. Šimek in 𝐁𝐞𝐫𝐥𝐢𝐧 on 3.5.2024, they said: «Non!»',
    'Ils l’ont dit 🤥 — encore. Die z. B. genannte m.in. Zahl: 12,5 %.\n\n  Вторая строка 𝔷𝔷. Ещё?',
    '😡😡 !!! 𝐀.𝐁. end',
  ];
  for (const [n, text] of texts.entries()) {
    it(`text ${n}: every token's text is the text at its offsets, and lower is its lower case`, () => {
      const doc = new Doc(text, { lang: n === 1 ? 'fr' : 'en' });
      expect(doc.tokens.length).toBeGreaterThan(5);
      for (const t of doc.tokens) {
        expect(t.text).toBe(doc.slice(t.start, t.end));
        expect(t.lower).toBe(t.text.toLowerCase());
      }
    });
  }

  it('keeps the final period with a dotted acronym', () => {
    const doc = new Doc('She flew to the U.S. last week.', { lang: 'en' });
    expect(doc.tokens.map((t) => t.text)).toContain('U.S.');
  });
});
