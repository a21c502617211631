import { describe, expect, it } from 'vitest';
import { IndexCounter } from '../../src/features/index-counter.js';

describe('IndexCounter', () => {
  it('gives the counted indices ascending with their counts, as sorting them would, and is empty after', () => {
    const size = 40_000;
    const counter = new IndexCounter(size);
    let seed = 5;
    for (let trial = 0; trial < 50; trial++) {
      const expected = new Map<number, number>();
      const n = trial * 37;
      for (let i = 0; i < n; i++) {
        seed = (Math.imul(seed, 48271) >>> 0) % 2147483647;
        // indices at word edges (31, 32, 63…) and the last one come up often
        const j = seed % 5 === 0 ? [0, 31, 32, 63, 64, size - 1][seed % 6]! : seed % size;
        counter.add(j);
        expected.set(j, (expected.get(j) ?? 0) + 1);
      }
      const { idx, val } = counter.take();
      const keys = [...expected.keys()].sort((a, b) => a - b);
      expect([...idx]).toEqual(keys);
      expect([...val]).toEqual(keys.map((k) => expected.get(k)!));
    }
    expect(counter.take().idx).toHaveLength(0);
  });

  it('handles a vocabulary that is not a multiple of 32', () => {
    const counter = new IndexCounter(33);
    counter.add(32);
    counter.add(0);
    counter.add(32);
    expect([...counter.take().idx]).toEqual([0, 32]);
    counter.add(5);
    const again = counter.take();
    expect([...again.idx]).toEqual([5]);
    expect([...again.val]).toEqual([1]);
  });

  it('merges counts taken out earlier', () => {
    const counter = new IndexCounter(100);
    counter.add(7);
    counter.add(70);
    const first = counter.take();
    counter.add(70);
    counter.add(3);
    const second = counter.take();
    for (const c of [first, second]) for (let k = 0; k < c.idx.length; k++) counter.addCount(c.idx[k]!, c.val[k]!);
    const sum = counter.take();
    expect([...sum.idx]).toEqual([3, 7, 70]);
    expect([...sum.val]).toEqual([1, 1, 2]);
  });
});
