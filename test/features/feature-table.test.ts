import { describe, expect, it } from 'vitest';
import { FeatureTable } from '../../src/features/feature-table.js';

/** Random keys over a small alphabet with non-Latin-1, astral and combining characters (many near-collisions). */
function randomKeys(n: number, seed: number): string[] {
  const alphabet = ['a', 'b', 'é', 'ł', 'ж', 'я', '|', ':', ' ', '😀', '\u0301', 'Z'];
  let s = seed;
  const next = (): number => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const keys = new Set<string>();
  while (keys.size < n) {
    const len = Math.floor(next() * 7);
    let k = '';
    for (let i = 0; i < len; i++) k += alphabet[Math.floor(next() * alphabet.length)];
    keys.add(k);
  }
  return [...keys];
}

describe('FeatureTable', () => {
  it('answers every lookup as a Map built from the same keys', () => {
    const keys = randomKeys(3000, 7);
    const table = new FeatureTable(keys);
    const map = new Map(keys.map((k, i) => [k, i]));
    expect(table.size).toBe(map.size);
    for (const k of keys) expect(table.get(k)).toBe(map.get(k));
    // absent keys: other random strings, prefixes and extensions of present ones
    for (const k of [...randomKeys(3000, 99), ...keys.map((k) => k.slice(1)), ...keys.map((k) => `${k}a`)]) {
      expect(table.get(k)).toBe(map.get(k));
      expect(table.has(k)).toBe(map.has(k));
    }
  });

  it('gives the keys back by index, astral characters and the empty key included', () => {
    const keys = ['en|w:été', '', 'c:😀x', 'ru|w:жизнь', 'b:a b'];
    const table = new FeatureTable(keys);
    expect(table.keys()).toEqual(keys);
    expect(table.key(2)).toBe('c:😀x');
    expect(table.get('')).toBe(1);
    expect(table.get('c:😀')).toBeUndefined();
    expect(table.length).toBe(5);
  });

  it('keeps the last index of a repeated key, as a Map would', () => {
    const table = new FeatureTable(['x', 'y', 'x']);
    expect(table.get('x')).toBe(2);
    expect(table.size).toBe(2);
    expect(table.length).toBe(3);
  });

  it('holds an empty vocabulary', () => {
    const table = new FeatureTable([]);
    expect(table.get('a')).toBeUndefined();
    expect(table.keys()).toEqual([]);
  });
});
