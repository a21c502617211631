import { FeatureTable } from '../features/feature-table.js';
import type { SparseVector } from './sparse.js';

/**
 * Feature counts → weighted, L2-normalised sparse vectors: sublinear tf
 * (1 + log count) times smoothed idf (scikit-learn's TfidfVectorizer with
 * sublinear_tf=True). Features seen in fewer than `minDf` training documents
 * are dropped, which keeps the model small and training fast.
 *
 * With `blockNorm`, character n-grams (family `c:`) and all other features are
 * normalised separately, each block to norm 1/√2 (a whole vector still has
 * norm 1), as when a word vectorizer and a char vectorizer are stacked. In one
 * joint norm the dozen char n-grams of every word outweigh the word itself and
 * drown the word, stem and bigram features; separately they weigh the same.
 */
/**
 * Features whose key starts with this family (`x:…`, or `<lang>|x:…` for one
 * language's) carry a real value that is passed through as it is: no tf-idf
 * weighting and outside the L2 norm, so a dense score (the technique
 * detector's span-lexicon scores) keeps its scale whatever the length of the
 * paragraph.
 */
export const RAW_VALUE_FAMILY = 'x:';

export function isRawValueFeature(feature: string): boolean {
  if (feature.startsWith(RAW_VALUE_FAMILY)) return true;
  const bar = feature.indexOf('|');
  return bar > 0 && feature.startsWith(RAW_VALUE_FAMILY, bar + 1);
}

export interface VectorizerState {
  features: string[];
  idf: Float32Array;
  blockNorm?: boolean;
}

/** Block of a feature key (`lang|c:…` or `c:…` → 1, char n-grams; anything else → 0). */
export function featureBlock(feature: string): 0 | 1 {
  const bar = feature.indexOf('|');
  return feature.startsWith('c:', bar + 1) ? 1 : 0;
}

/**
 * The factor each block's values are multiplied by, given the squared norms
 * of block 0 and block 1: each block to 1/√2 when both are present (the whole
 * vector then has norm 1), else the one present to 1. `twoBlocks` false: one
 * joint norm, all of it in block 0. Every two-block normalisation (tf-idf
 * here, the technique detector's hot loop, the genre/frame featurizer) uses
 * this one rule, so they stay bit-identical.
 */
export function blockScales(norm: readonly [number, number], twoBlocks: boolean): [number, number] {
  const both = twoBlocks && norm[0] > 0 && norm[1] > 0;
  const scale = (s: number): number => (s > 0 ? (both ? Math.SQRT1_2 : 1) / Math.sqrt(s) : 0);
  return [scale(norm[0]), scale(norm[1])];
}

/** Normalises a sparse vector in place by `blockScales`, with `blocks[j]` the block of feature j. */
export function normalizeBlocks(v: SparseVector, blocks: Uint8Array): SparseVector {
  const norm: [number, number] = [0, 0];
  for (let k = 0; k < v.idx.length; k++) norm[blocks[v.idx[k]!]!] += v.val[k]! * v.val[k]!;
  const inv = blockScales(norm, true);
  for (let k = 0; k < v.idx.length; k++) v.val[k]! *= inv[blocks[v.idx[k]!]!]!;
  return v;
}

export class TfidfVectorizer {
  /** Feature key → index (a flat table: a Map of some 10^5 strings per model was most of the loaded heap). */
  readonly index: FeatureTable;
  readonly idf: Float32Array;
  readonly blockNorm: boolean;
  /** Block of each feature (by index) when block-normalised. */
  readonly blocks: Uint8Array | undefined;
  /** 1 for a raw-value feature (RAW_VALUE_FAMILY), by index; undefined when the vocabulary has none. */
  readonly raw: Uint8Array | undefined;

  constructor(state: VectorizerState) {
    this.index = new FeatureTable(state.features);
    this.idf = state.idf;
    this.blockNorm = state.blockNorm ?? false;
    if (this.blockNorm) {
      // a plain loop: Uint8Array.from with a mapping function was a sizeable part of loading a model
      const blocks = new Uint8Array(state.features.length);
      for (let j = 0; j < blocks.length; j++) blocks[j] = featureBlock(state.features[j]!);
      this.blocks = blocks;
    } else this.blocks = undefined;
    let raw: Uint8Array | undefined;
    state.features.forEach((f, j) => {
      if (!isRawValueFeature(f)) return;
      raw ??= new Uint8Array(state.features.length);
      raw[j] = 1;
    });
    this.raw = raw;
  }

  get size(): number {
    return this.idf.length;
  }

  /** Learns the vocabulary (sorted, so the same data always gives the same indices) and idf. */
  static fit(docs: Iterable<ReadonlyMap<string, number>>, minDf = 2, options: { blockNorm?: boolean } = {}): TfidfVectorizer {
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
    return new TfidfVectorizer({ features, idf, blockNorm: options.blockNorm ?? false });
  }

  state(): VectorizerState {
    return { features: this.index.keys(), idf: this.idf, blockNorm: this.blockNorm };
  }

  /** Weighted, normalised values of counts given by feature index (indices must be in range). */
  weigh(counts: ReadonlyMap<number, number>): Map<number, number> {
    const value = new Map<number, number>();
    const norm: [number, number] = [0, 0];
    const rawValues: Array<[number, number]> = [];
    for (const [j, c] of counts) {
      if (c <= 0) continue;
      if (this.raw?.[j]) {
        rawValues.push([j, c]);
        continue;
      }
      const v = (1 + Math.log(c)) * this.idf[j]!;
      value.set(j, v);
      norm[this.blocks ? this.blocks[j]! : 0] += v * v;
    }
    const inv = blockScales(norm, this.blocks !== undefined);
    for (const [j, v] of value) value.set(j, v * inv[this.blocks ? this.blocks[j]! : 0]!);
    for (const [j, v] of rawValues) value.set(j, v);
    return value;
  }

  transform(counts: ReadonlyMap<string, number>): SparseVector {
    const byIndex = new Map<number, number>();
    for (const [f, c] of counts) {
      const j = this.index.get(f);
      if (j !== undefined) byIndex.set(j, c);
    }
    const pairs = [...this.weigh(byIndex)].sort((a, b) => a[0] - b[0]);
    return { idx: Int32Array.from(pairs, (p) => p[0]), val: Float32Array.from(pairs, (p) => p[1]) };
  }
}
