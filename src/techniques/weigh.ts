import { blockScales } from '../learn/vectorizer.js';
import type { TfidfVectorizer } from '../learn/vectorizer.js';

/**
 * `vectorizer.weigh` for the detector's hot loop: the features (by index, each
 * once) and their counts come as arrays in the order the Map would hold them,
 * and the weights come back in that order. Same arithmetic in the same order
 * as TfidfVectorizer.weigh, so the same bits (test/pipeline/weigh.test.ts
 * holds the two together), without building two Maps per paragraph. A count
 * of zero or less weighs 0 (weigh leaves such a feature out).
 */
export function weighInOrder(vectorizer: TfidfVectorizer, features: ArrayLike<number>, counts: ArrayLike<number>): Float64Array {
  const idf = vectorizer.idf;
  const blocks = vectorizer.blocks;
  const out = new Float64Array(features.length);
  const norm: [number, number] = [0, 0];
  for (let k = 0; k < features.length; k++) {
    const c = counts[k]!;
    if (c <= 0) continue;
    const j = features[k]!;
    const v = (1 + Math.log(c)) * idf[j]!;
    out[k] = v;
    norm[blocks ? blocks[j]! : 0] += v * v;
  }
  const inv = blockScales(norm, blocks !== undefined);
  for (let k = 0; k < features.length; k++) if (counts[k]! > 0) out[k] = out[k]! * inv[blocks ? blocks[features[k]!]! : 0]!;
  return out;
}
