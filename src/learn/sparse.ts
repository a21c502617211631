/**
 * Sparse feature vectors and feature indexing, shared by training and prediction.
 * We keep our own small numeric core: no npm package offers sparse, weighted,
 * L2-regularised logistic regression that trains in-process on Node without
 * native binaries or a 300 MB tensor library.
 */

export interface SparseVector {
  /** Feature indices, strictly ascending. */
  idx: Int32Array;
  val: Float32Array;
}

/** Builds a SparseVector from a map of feature index to value (duplicates summed beforehand). */
export function sparseFromMap(m: Map<number, number>): SparseVector {
  const keys = [...m.keys()].sort((a, b) => a - b);
  const idx = new Int32Array(keys.length);
  const val = new Float32Array(keys.length);
  keys.forEach((k, i) => {
    idx[i] = k;
    val[i] = m.get(k)!;
  });
  return { idx, val };
}

/** Scales a vector to unit L2 norm in place (no-op for the zero vector). */
export function l2Normalize(v: SparseVector): SparseVector {
  let s = 0;
  for (let i = 0; i < v.val.length; i++) s += v.val[i]! * v.val[i]!;
  if (s > 0) {
    const inv = 1 / Math.sqrt(s);
    for (let i = 0; i < v.val.length; i++) v.val[i]! *= inv;
  }
  return v;
}

export function dot(w: Float32Array | Float64Array, v: SparseVector, offset = 0): number {
  let s = 0;
  for (let i = 0; i < v.idx.length; i++) s += w[offset + v.idx[i]!]! * v.val[i]!;
  return s;
}

/** 32-bit FNV-1a hash of a string: stable across runs and platforms. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A string-to-index map that grows while training and is frozen for prediction
 * (unknown features are then dropped). Stored with the model.
 */
export class Vocabulary {
  private readonly index = new Map<string, number>();
  private frozen = false;

  constructor(entries: Iterable<string> = []) {
    for (const e of entries) this.index.set(e, this.index.size);
  }

  get size(): number {
    return this.index.size;
  }

  freeze(): this {
    this.frozen = true;
    return this;
  }

  /** Index of a feature, adding it unless frozen; -1 if unknown and frozen. */
  id(feature: string): number {
    const i = this.index.get(feature);
    if (i !== undefined) return i;
    if (this.frozen) return -1;
    const n = this.index.size;
    this.index.set(feature, n);
    return n;
  }

  /** Features in index order (for saving). */
  entries(): string[] {
    return [...this.index.keys()];
  }
}
