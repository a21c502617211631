import type { SparseVector } from './sparse.js';

/**
 * Feature counts → weighted, L2-normalised sparse vectors: sublinear tf
 * (1 + log count) times smoothed idf (scikit-learn's TfidfVectorizer with
 * sublinear_tf=True). Features seen in fewer than `minDf` training documents
 * are dropped, which keeps the model small and training fast.
 */
export interface VectorizerState {
  features: string[];
  idf: Float32Array;
}

export class TfidfVectorizer {
  readonly index: Map<string, number>;
  readonly idf: Float32Array;

  constructor(state: VectorizerState) {
    this.index = new Map(state.features.map((f, i) => [f, i]));
    this.idf = state.idf;
  }

  get size(): number {
    return this.idf.length;
  }

  /** Learns the vocabulary (sorted, so the same data always gives the same indices) and idf. */
  static fit(docs: Iterable<ReadonlyMap<string, number>>, minDf = 2): TfidfVectorizer {
    const df = new Map<string, number>();
    let n = 0;
    for (const d of docs) {
      n++;
      for (const f of d.keys()) df.set(f, (df.get(f) ?? 0) + 1);
    }
    const features = [...df.entries()].filter(([, c]) => c >= minDf).map(([f]) => f).sort();
    const idf = new Float32Array(features.length);
    features.forEach((f, i) => {
      idf[i] = Math.log((1 + n) / (1 + df.get(f)!)) + 1;
    });
    return new TfidfVectorizer({ features, idf });
  }

  state(): VectorizerState {
    return { features: [...this.index.keys()], idf: this.idf };
  }

  transform(counts: ReadonlyMap<string, number>): SparseVector {
    const pairs: Array<[number, number]> = [];
    let norm = 0;
    for (const [f, c] of counts) {
      const j = this.index.get(f);
      if (j === undefined || c <= 0) continue;
      const v = (1 + Math.log(c)) * this.idf[j]!;
      pairs.push([j, v]);
      norm += v * v;
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const idx = new Int32Array(pairs.length);
    const val = new Float32Array(pairs.length);
    pairs.forEach(([j, v], k) => {
      idx[k] = j;
      val[k] = v * inv;
    });
    return { idx, val };
  }
}
