import type { SparseVector } from '../learn/sparse.js';

/**
 * Counts of feature indices over a fixed vocabulary, taken out as a sparse
 * vector with ascending indices. A bit per index marks the touched ones, so
 * taking them out in order is a walk over the marked words of the bitmap (a
 * few hundred 32-bit words for a 40,000-feature vocabulary) instead of sorting
 * the indices: the featurizer counts every paragraph of every document, and
 * the sort was its largest single cost.
 */
export class IndexCounter {
  private readonly counts: Float64Array;
  private readonly marks: Uint32Array;
  private touched = 0;
  /** Range of bitmap words holding marks (lo > hi: none). */
  private lo: number;
  private hi = -1;

  constructor(readonly size: number) {
    this.counts = new Float64Array(size);
    this.marks = new Uint32Array((size >>> 5) + 1);
    this.lo = this.marks.length;
  }

  /** Adds one to index j (0 ≤ j < size). */
  add(j: number): void {
    this.addCount(j, 1);
  }

  /** Adds n > 0 to index j (0 ≤ j < size): merging counts taken out earlier. */
  addCount(j: number, n: number): void {
    if (this.counts[j] === 0) {
      const w = j >>> 5;
      this.marks[w]! |= 1 << (j & 31);
      this.touched++;
      if (w < this.lo) this.lo = w;
      if (w > this.hi) this.hi = w;
    }
    this.counts[j]! += n;
  }

  /** The counted indices, ascending, with their counts; the counter is empty again after. */
  take(): SparseVector {
    const idx = new Int32Array(this.touched);
    const val = new Float32Array(this.touched);
    const { counts, marks } = this;
    let k = 0;
    for (let w = this.lo; w <= this.hi; w++) {
      let bits = marks[w]!;
      if (bits === 0) continue;
      marks[w] = 0;
      while (bits !== 0) {
        const lowest = bits & -bits;
        const j = (w << 5) | (31 - Math.clz32(lowest));
        idx[k] = j;
        val[k++] = counts[j]!;
        counts[j] = 0;
        bits ^= lowest;
      }
    }
    this.touched = 0;
    this.lo = marks.length;
    this.hi = -1;
    return { idx, val };
  }
}
