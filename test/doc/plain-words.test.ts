import { describe, expect, it } from 'vitest';
import { PROBE, plainCharacters, plainWordSegments, plainWordsEnabled } from '../../src/doc/plain-words.js';
import type { PlainSegment } from '../../src/doc/plain-words.js';

/** What the Doc keeps of Intl.Segmenter's word segments: the non-blank ones, with isWordLike. */
function byIntl(text: string, lang: string): PlainSegment[] {
  const out: PlainSegment[] = [];
  for (const s of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if (s.segment.trim() === '') continue;
    out.push({ start: s.index, end: s.index + s.segment.length, isWord: s.isWordLike === true });
  }
  return out;
}

function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

// a representative of every class the fast path tells apart (letters of each script, digits,
// each middle character, space, other punctuation)
const REPRESENTATIVES = ['a', 'Z', 'é', 'ł', 'ж', '1', ' ', '.', '’', "'", ':', ',', ';', '!', '"', '«', '—', '…'];
const PLAIN = [...REPRESENTATIVES, 'Q', 'ß', 'Ё', '0', '‘', '-', '(', ')', '?', '“', '”', '„', '–', '%', '/', '»'];

// The fast path checks itself against this process's ICU at load and turns itself off on any
// disagreement (analyses stay exact, only slower); the comparisons below hold it to ICU when on.
it('is on with the ICU of Node 20 (if this fails, the ICU cuts the probe differently: see plain-words.ts)', () => {
  expect(plainWordsEnabled()).toBe(true);
});

describe.skipIf(!plainWordsEnabled())('plain-text word segmentation', () => {
  it('cuts every string of up to four representative characters as Intl.Segmenter does (en)', () => {
    let strings = [''];
    for (let len = 1; len <= 4; len++) {
      strings = strings.flatMap((s) => REPRESENTATIVES.map((c) => s + c));
      for (const s of strings) expect(plainWordSegments(s, 0, s.length, 'en'), JSON.stringify(s)).toEqual(byIntl(s, 'en'));
    }
  });

  for (const lang of ['en', 'fr', 'de', 'it', 'pl', 'ru']) {
    it(`cuts random plain strings as Intl.Segmenter does (${lang})`, () => {
      const next = lcg(lang.charCodeAt(0) * 31 + lang.charCodeAt(1));
      for (let n = 0; n < 4000; n++) {
        const len = 1 + Math.floor(next() * 30);
        let s = '';
        for (let k = 0; k < len; k++) s += PLAIN[Math.floor(next() * PLAIN.length)]!;
        expect(plainWordSegments(s, 0, s.length, lang), JSON.stringify(s)).toEqual(byIntl(s, lang));
      }
    });
  }

  it('holds every character it accepts to ICU, alone and between letters, digits and itself', () => {
    const accepted = plainCharacters();
    expect(accepted.length).toBeGreaterThan(380);
    for (const c of accepted) {
      for (const s of [c, `a${c}b`, `1${c}2`, `${c}${c}`, `x ${c}.y`, `${c}a'${c}`, `9,${c}:z`]) {
        for (const lang of ['en', 'pl', 'ru']) expect(plainWordSegments(s, 0, s.length, lang), `${lang} ${JSON.stringify(s)}`).toEqual(byIntl(s, lang));
      }
    }
  });

  it('cuts a 40k-character plain line as one pass of Intl.Segmenter over it does', () => {
    const line = 'Officials said on Monday that 12,500 people (about 3.5%) had left the city — "we cannot stay," one resident told us. ' +
      'Ministers denied it: the figures were wrong, they said… Was it? ';
    const text = line.repeat(Math.ceil(40_000 / line.length));
    expect(plainWordSegments(text, 0, text.length, 'en')).toEqual(byIntl(text, 'en'));
  });

  it('cuts a range inside a longer text, offsets in the whole text', () => {
    const text = '«Well,» he said: 1,000.5 km.';
    const inner = plainWordSegments(text, 2, 19, 'en')!;
    const expected = byIntl(text.slice(2, 19), 'en').map((s) => ({ ...s, start: s.start + 2, end: s.end + 2 }));
    expect(inner).toEqual(expected);
  });

  it('agrees on the probe it checks itself with at load', () => {
    expect(plainWordSegments(PROBE, 0, PROBE.length, 'en')).toEqual(byIntl(PROBE, 'en'));
  });

  it('leaves text with any other character, and unchecked languages, to Intl.Segmenter', () => {
    for (const s of ['snake_case', 'tab\there', 'no\u00a0break', 'e\u0301', 'emoji 😀', 'Ελλάδα', 'a·b', 'line\nbreak']) {
      expect(plainWordSegments(s, 0, s.length, 'en'), JSON.stringify(s)).toBeUndefined();
    }
    expect(plainWordSegments('plain words', 0, 11, 'es')).toBeUndefined();
    expect(plainWordSegments('plain words', 0, 11, 'en')).toHaveLength(2);
  });
});
