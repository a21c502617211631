import { describe, expect, it } from 'vitest';
import { wordBeforeFinalPeriod, wordBeforeFinalPeriodByRegex } from '../../src/doc/final-period.js';

/** Small deterministic generator (the test must not depend on Math.random's seed). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

// every kind of character the scan distinguishes: ASCII and other letters, the class's
// punctuation, other punctuation, digits, whitespace of several kinds, astral letters and
// symbols, lone surrogates, combining marks
const PIECES = [
  'a', 'Z', 'é', 'ß', 'Ж', 'ж', 'ł', '.', '.', '.', '-', '°', ',', '!', '?', '"', '»', '1', '9', ' ', ' ', '\t', '\n',
  '\u00a0', '\u2009', '\u3000', '\ufeff', '𝐀', '𝔷', '😀', '\ud835', '\udc00', '\u0301', '_', '\u2013',
];

describe('wordBeforeFinalPeriod', () => {
  it('agrees with the regex on hand-made candidates', () => {
    const cases = [
      '', '.', ' . ', 'Mr.', 'He met Mr. ', 'in the U.S. ', 'z. B.', 'at 10 °C.', 'Jean-Luc.', 'ends.\n', 'no period',
      'a.b.c.  ', '3.', 'x 3.', 'the 𝐀𝐁. ', 'emoji 😀. ', 'lone \udc00.', 'lone a\ud835.', 'tab\t.\t', 'é.\u00a0', 'Prof.\ufeff',
    ];
    for (const c of cases) expect(wordBeforeFinalPeriod(c), JSON.stringify(c)).toBe(wordBeforeFinalPeriodByRegex(c));
  });

  it('agrees with the regex on 20,000 random candidates', () => {
    const next = lcg(20231127);
    let matched = 0;
    for (let n = 0; n < 20_000; n++) {
      const len = 1 + Math.floor(next() * 12);
      let s = '';
      for (let k = 0; k < len; k++) s += PIECES[Math.floor(next() * PIECES.length)]!;
      // half of them end like a sentence candidate: a period, sometimes trailing whitespace
      if (next() < 0.5) s += next() < 0.5 ? '.' : `.${[' ', '\n', '\u00a0 '][Math.floor(next() * 3)]!}`;
      const expected = wordBeforeFinalPeriodByRegex(s);
      if (expected !== undefined) matched++;
      expect(wordBeforeFinalPeriod(s), JSON.stringify(s)).toBe(expected);
    }
    // the generator must reach both outcomes often, or the comparison proves little
    expect(matched).toBeGreaterThan(1000);
  });
});
