import { describe, expect, it } from 'vitest';
import { OffsetIndex, codePointLength } from '../../src/doc/offsets.js';

describe('OffsetIndex', () => {
  it('is the identity without astral characters', () => {
    const ix = new OffsetIndex('plain text é');
    expect(ix.toCodePoint(5)).toBe(5);
    expect(ix.toUtf16(5)).toBe(5);
    expect(ix.length).toBe(12);
  });

  it('converts around emoji and other astral characters', () => {
    const text = 'a😀b𝒳c';
    const ix = new OffsetIndex(text);
    expect(ix.length).toBe(5);
    expect(codePointLength(text)).toBe(5);
    // code points: a=0 😀=1 b=2 𝒳=3 c=4
    expect([0, 1, 2, 3, 4, 5].map((cp) => ix.toUtf16(cp))).toEqual([0, 1, 3, 4, 6, 7]);
    expect([0, 1, 3, 4, 6, 7].map((u) => ix.toCodePoint(u))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(text.slice(ix.toUtf16(3), ix.toUtf16(4))).toBe('𝒳');
  });

  it('round-trips every code point', () => {
    const text = '👩‍👩‍👧 é\u0301 x\r\nЖ🇺🇦';
    const ix = new OffsetIndex(text);
    for (let cp = 0; cp <= ix.length; cp++) expect(ix.toCodePoint(ix.toUtf16(cp))).toBe(cp);
    expect(ix.length).toBe([...text].length);
  });
});
