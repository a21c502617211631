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
  let norm0 = 0;
  let norm1 = 0;
  for (let k = 0; k < features.length; k++) {
    const c = counts[k]!;
    if (c <= 0) continue;
    const j = features[k]!;
    const v = sublinear(c) * idf[j]!;
    out[k] = v;
    if (blocks && blocks[j] === 1) norm1 += v * v;
    else norm0 += v * v;
  }
  const [inv0, inv1] = blockScales([norm0, norm1], blocks !== undefined);
  for (let k = 0; k < features.length; k++) if (counts[k]! > 0) out[k] = out[k]! * (blocks && blocks[features[k]!] === 1 ? inv1 : inv0);
  return out;
}

/** 1 + log(count) for the small counts nearly every feature has, computed once (the same expression, so the same values). */
const SUBLINEAR = Float64Array.from({ length: 256 }, (_, c) => 1 + Math.log(c));
function sublinear(c: number): number {
  return c < 256 && Number.isInteger(c) ? SUBLINEAR[c]! : 1 + Math.log(c);
}
