import { describe, expect, it } from 'vitest';
import { PairTable } from '../../src/features/pair-table.js';

function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('PairTable', () => {
  it('answers like a Map through many growths, with colliding and repeated keys', () => {
    const table = new PairTable(2);
    const reference = new Map<number, number>();
    const next = lcg(7);
    for (let n = 0; n < 50_000; n++) {
      // pair keys as FormIndex packs them, a narrow band (many repeats) and the extremes
      const r = next();
      const key = r < 0.4 ? Math.floor(next() * 2000) : r < 0.9 ? Math.floor(next() * 32_768) * 32_768 + Math.floor(next() * 32_768) : n % 2 ? 0 : 0x7fffffff;
      const value = Math.floor(next() * 200_000) - 1;
      table.set(key, value);
      reference.set(key, value);
    }
    expect(table.size).toBe(reference.size);
    for (const [k, v] of reference) expect(table.get(k)).toBe(v);
    for (let n = 0; n < 5_000; n++) {
      const key = Math.floor(next() * 2 ** 31);
      expect(table.get(key)).toBe(reference.get(key));
    }
  });

  it('keeps -1 as a value (an unknown bigram) apart from an absent key', () => {
    const table = new PairTable();
    table.set(5, -1);
    expect(table.get(5)).toBe(-1);
    expect(table.get(6)).toBeUndefined();
    expect(table.size).toBe(1);
  });

  it('refuses keys it cannot hold', () => {
    const table = new PairTable();
    expect(() => table.set(-1, 0)).toThrow(RangeError);
    expect(() => table.set(2 ** 31, 0)).toThrow(RangeError);
    expect(() => table.set(1.5, 0)).toThrow(RangeError);
  });
});
