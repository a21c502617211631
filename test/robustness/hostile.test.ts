/**
 * Hostile inputs through the whole analyser: each must finish (no catastrophic
 * regex backtracking or quadratic loop: the suite's default timeout is the only
 * clock), throw nothing, and return offsets that are valid code-point ranges
 * whose `text` is exactly the slice of the analysed text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import type { Analyzer } from '../../src/pipeline/analyze.js';
import type { Analysis } from '../../src/pipeline/analysis.js';

/** A deterministic pseudo-random generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROSE =
  'The minister said on Tuesday that the so-called reforms had failed, according to officials. ' +
  '"We will never surrender to these corrupt traitors," declared Anna Kowalski, a senator from the northern region. ';

function binaryLooking(length: number): string {
  const next = random(7);
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(1 + Math.floor(next() * 255));
  return s;
}

/** Every {start, end} in the analysis, with its path, and its text when it carries one. */
function ranges(value: unknown, path: string, out: Array<{ path: string; start: number; end: number; text?: string }>): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => ranges(v, `${path}[${i}]`, out));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    out.push({ path, start: o.start, end: o.end, text: typeof o.text === 'string' ? o.text : undefined });
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'text') ranges(v, `${path}.${k}`, out);
}

function expectValidOffsets(a: Analysis): void {
  const points = Array.from(a.text);
  expect(a.length).toBe(points.length);
  const found: Array<{ path: string; start: number; end: number; text?: string }> = [];
  ranges({ ...a, text: undefined }, 'analysis', found);
  for (const r of found) {
    const where = `${r.path} [${r.start}, ${r.end})`;
    expect(Number.isInteger(r.start) && Number.isInteger(r.end), where).toBe(true);
    expect(r.start >= 0 && r.start < r.end && r.end <= a.length, where).toBe(true);
    if (r.text !== undefined) expect(r.text, where).toBe(points.slice(r.start, r.end).join(''));
  }
  expect(() => JSON.stringify(a)).not.toThrow();
}

const CASES: Array<[string, () => string]> = [
  ['a 100 kB single line of prose', () => PROSE.repeat(Math.ceil(100_000 / PROSE.length))],
  ['a 240 kB single line without any sentence punctuation', () => 'the minister says officials report many people '.repeat(5_000)],
  ['100k empty lines', () => '\n'.repeat(100_000)],
  ['100k blank CRLF lines around one sentence', () => '\r\n'.repeat(50_000) + PROSE + '\r\n'.repeat(50_000)],
  ['only emoji, with ZWJ sequences and flags', () => '😀👩‍👩‍👧🇺🇦🏳️‍🌈 '.repeat(2_000)],
  ['only astral letters (mathematical bold)', () => '𝐓𝐡𝐞 𝐦𝐢𝐧𝐢𝐬𝐭𝐞𝐫 𝐬𝐚𝐢𝐝. '.repeat(600)],
  ['only punctuation', () => '!?.,;:…—–-()[]{}«»„“”"\'/\\*&%$#@^~`|<>'.repeat(800)],
  ['only dots and question marks', () => '. ? ! '.repeat(5_000)],
  ['only digits', () => '0123456789'.repeat(20_000)],
  ['numbers with separators', () => '1,000.5 2 000 000 3.14% 45 % '.repeat(1_500)],
  ['right-to-left text with marks', () => '\u200fقال الوزير إن الإصلاحات فشلت. \u202bשר החוץ אמר\u202c ‏"מקורות" '.repeat(300)],
  ['zero-width characters between letters', () => Array.from(PROSE).join('\u200b').repeat(15) + '\u200d\u200c\ufeff'.repeat(1_000)],
  ['lone surrogates', () => ('Officials said \ud800 the \udc00 minister \udbff\udfff lied. ' + '\ud83d').repeat(600)],
  ['binary-looking data without NUL', () => binaryLooking(60_000)],
  ['a 100k-letter word', () => 'a'.repeat(100_000)],
  ['a 100k-letter capitalised word in a sentence', () => `Officials said ${'B' + 'c'.repeat(100_000)} lied.`],
  ['20k straight quotes', () => '"'.repeat(20_000)],
  ['deeply nested quotations', () => '“He said «she said „they said ‘'.repeat(1_000) + 'no' + '’“ »”'.repeat(1_000)],
  ['quote and attribution repeated on one line', () => '"It is a lie," said Smith. '.repeat(500)],
  ['capitalised words only', () => 'President Minister Senator Moscow Kyiv Washington Officials '.repeat(3_000)],
  ['HTML with script', () => `<html><head><script>alert("x");var s='</p>';</script></head><body><p>${PROSE}</p>${'<div><b>Hi</b></div>'.repeat(1_500)}</body></html>`],
  ['empty text', () => ''],
  ['one space', () => ' '],
  ['a BOM alone', () => '\ufeff'],
];

describe('hostile inputs', () => {
  let analyzer: Analyzer;
  beforeAll(async () => {
    analyzer = await createAnalyzer();
  });

  for (const [name, make] of CASES) {
    it(`${name}: finishes without error, offsets valid`, () => {
      const text = make();
      expectValidOffsets(analyzer.analyze(text));
      // a forced language runs every detector even where identification gives up
      expectValidOffsets(analyzer.analyze(text, { lang: 'en' }));
    });
  }
});
