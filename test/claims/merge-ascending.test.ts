import { describe, expect, it } from 'vitest';
import { mergeAscending } from '../../src/claims/cue-starts.js';

function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('mergeAscending (candidate positions of a cue list)', () => {
  it('gives what the Set-and-sort it replaced gave', () => {
    const next = lcg(42);
    for (let n = 0; n < 3000; n++) {
      const base = [...new Set(Array.from({ length: Math.floor(next() * 20) }, () => Math.floor(next() * 60)))].sort((a, b) => a - b);
      const more = Array.from({ length: Math.floor(next() * 12) }, () => Math.floor(next() * 60)).sort((a, b) => a - b);
      expect(mergeAscending(base, more)).toEqual([...new Set(base.concat(more))].sort((a, b) => a - b));
    }
  });

  it('handles empty sides and repeats in the second', () => {
    expect(mergeAscending([], [3, 3, 5])).toEqual([3, 5]);
    expect(mergeAscending([1, 4], [])).toEqual([1, 4]);
    expect(mergeAscending([1, 4, 9], [0, 4, 4, 10])).toEqual([0, 1, 4, 9, 10]);
  });
});
