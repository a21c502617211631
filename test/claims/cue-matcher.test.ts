import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../src/claims/phrases.js';
import { PROJECT_ROOT } from '../../src/corpus/location.js';

const texts = (m: PhraseMatcher, text: string): string[] => m.find(text).map((x) => x.text);

describe('PhraseMatcher word boundaries (start index + code matcher)', () => {
  it('stops at punctuation, not inside words, digits or underscores', () => {
    const m = new PhraseMatcher(['said']);
    expect(texts(m, '(said), "said"; said.')).toEqual(['said', 'said', 'said']);
    expect(texts(m, 'unsaid saids said2 2said said_ _said')).toEqual([]);
  });

  it('treats a hyphen as a boundary on both sides', () => {
    expect(texts(new PhraseMatcher(['said']), 'well-said said-so')).toEqual(['said', 'said']);
  });

  it('lets a trailing * give back a hyphen or mark before a letter-free lookahead', () => {
    const m = new PhraseMatcher(['источник*']);
    // The ending takes "ов-" greedily, then gives the hyphen back: a digit follows it.
    expect(texts(m, 'Источников-5 и источник-х')).toEqual(['Источников', 'источник-х']);
    expect(texts(m, 'источники2')).toEqual([]);
    expect(texts(new PhraseMatcher(['cafe*']), 'cafeteria2')).toEqual([]);
    // A combining acute accent belongs to the ending.
    expect(texts(new PhraseMatcher(['cafe*']), 'cafe\u0301s!')).toEqual(['cafe\u0301s']);
  });

  it('matches both apostrophes either way', () => {
    expect(texts(new PhraseMatcher(["d'après"]), 'D’après lui, d\'après elle')).toEqual(['D’après', "d'après"]);
    expect(texts(new PhraseMatcher(['aujourd’hui']), "aujourd'hui")).toEqual(["aujourd'hui"]);
  });

  it('reads astral characters as one code point: emoji are boundaries, astral letters are not', () => {
    const m = new PhraseMatcher(['said']);
    expect(texts(m, '😡said😡')).toEqual(['said']);
    // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter.
    expect(texts(m, '\u{1D400}said said\u{1D400}')).toEqual([]);
    const [hit] = m.find('🙂🙂 said');
    expect(hit).toMatchObject({ start: 5, end: 9 });
  });

  it('folds case unless the phrase is written with =, and matches any whitespace between words', () => {
    expect(texts(new PhraseMatcher(['according to']), 'ACCORDING\u00a0To them, according \n to')).toEqual(['ACCORDING\u00a0To', 'according \n to']);
    expect(texts(new PhraseMatcher(['=EU']), 'eu EU Eu')).toEqual(['EU']);
  });

  it('prefers the first alternative in the alternation order (longest phrase first)', () => {
    expect(texts(new PhraseMatcher(['some', 'some of the']), 'some of the, some of them')).toEqual(['some of the', 'some']);
  });

  it('finds symbol phrases without a boundary and wildcard-led phrases inside compounds', () => {
    expect(texts(new PhraseMatcher(['%', 'per cent']), '20% or 20 per cent')).toEqual(['%', 'per cent']);
    expect(texts(new PhraseMatcher(['*behörden']), 'Die Bundesbehörden und behörden, nicht Behördenchef')).toEqual(['Bundesbehörden', 'behörden']);
  });
});

/** Deterministic pseudo-random numbers (tests must not depend on luck). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NOISE = [' ', '  ', '\u00a0', '\n', ',', '.', '-', "'", '’', '_', '2', '%', '😡', '\u{1D400}', '\u0301', 'a', 'S', 'ов', 'İ', '(', '"', '«'];

function randomText(next: () => number, words: string[]): string {
  let out = '';
  const n = 1 + Math.floor(next() * 14);
  for (let i = 0; i < n; i++) {
    const r = next();
    if (r < 0.45) {
      let w = words[Math.floor(next() * words.length)]!.replace(/^=/, '').replace(/\*/g, () => (next() < 0.5 ? '' : 'ах-'));
      if (next() < 0.3) w = w.toUpperCase();
      out += w;
    } else out += NOISE[Math.floor(next() * NOISE.length)]!;
    if (next() < 0.6) out += NOISE[Math.floor(next() * 4)]!;
  }
  return out;
}

describe('PhraseMatcher.find equals the global regex scan', () => {
  it('on random texts over hand-made lists with every phrase shape', () => {
    const phrases = ['said', 'say*', '*berichte', 'according to', 'some', 'some of*', "d'après", '%', '-ish', 'u.s.', '=May', '=EU*', 'источник*', 'по словам', 'ça', '*', '_x'];
    const m = new PhraseMatcher(phrases);
    const next = lcg(7);
    for (let i = 0; i < 3000; i++) {
      const text = randomText(next, phrases.concat(['Bundesberichte', 'Источники', 'unsaid']));
      expect(m.find(text), text).toEqual(m.findByRegex(text));
    }
  });

  it('on random texts over every cue list of every language', () => {
    const dir = join(PROJECT_ROOT, 'data', 'cues');
    let lists = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const file = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
      const all = Object.entries(file).flatMap(([k, v]) => (k === 'evaluative' && v && typeof v === 'object' ? Object.values(v as Record<string, unknown>) : [v]));
      const next = lcg(lists + 1);
      for (const list of all) {
        if (!Array.isArray(list) || typeof list[0] !== 'string' || list === file.factPatterns) continue;
        const m = new PhraseMatcher(list as string[]);
        lists++;
        for (let i = 0; i < 40; i++) {
          const text = randomText(next, list as string[]);
          expect(m.find(text), text).toEqual(m.findByRegex(text));
        }
      }
    }
    expect(lists).toBeGreaterThan(100);
  });
});
