import { valenceScores, VALENCE_FEATURES } from '../features/valence.js';

/**
 * Raw-value features (`x:…`: the span-lexicon and word-valence scores) as the
 * detector adds them to a paragraph's scores: the model's row of each feature
 * that fired, its value, and the tokens behind it, between which a detection
 * splits the feature's contribution so that those words can be shown as cues.
 */
export interface RawTerms {
  rows: number[];
  values: number[];
  tokens: number[][];
}

type FeatureIndex = { get(key: string): number | undefined };

// the model's row of each key, resolved once per model and key list (hashing the keys per
// paragraph was most of the lexicon step)
const rowCache = new WeakMap<object, Map<readonly string[], Int32Array>>();

function rowsOf(index: FeatureIndex, keys: readonly string[]): Int32Array {
  let byKeys = rowCache.get(index);
  if (!byKeys) rowCache.set(index, (byKeys = new Map()));
  let rows = byKeys.get(keys);
  if (!rows) byKeys.set(keys, (rows = Int32Array.from(keys, (k) => index.get(k) ?? -1)));
  return rows;
}

/** The terms of `keys` with a positive value and a row in the model. */
export function rawTerms(index: FeatureIndex, keys: readonly string[], values: ArrayLike<number>, tokens: readonly number[][]): RawTerms {
  const rows = rowsOf(index, keys);
  const terms: RawTerms = { rows: [], values: [], tokens: [] };
  for (let j = 0; j < rows.length; j++) {
    const v = values[j]!;
    if (v <= 0 || rows[j]! < 0) continue;
    terms.rows.push(rows[j]!);
    terms.values.push(v);
    terms.tokens.push(tokens[j]!);
  }
  return terms;
}

/** The word-valence terms of a paragraph (features/valence.ts), or undefined for a language without a list. */
export function valenceTerms(index: FeatureIndex, tokens: readonly { isWord: boolean }[], forms: readonly string[], lang: string): RawTerms | undefined {
  const scores = valenceScores(tokens, forms, lang);
  return scores ? rawTerms(index, VALENCE_FEATURES, scores.values, scores.tokens) : undefined;
}
