/**
 * Deterministic k-fold assignment by article: every paragraph and span of an
 * article lands in the same fold, and the same seed gives the same folds on
 * every machine (a small xorshift PRNG; Math.random cannot be seeded).
 */
export const DEFAULT_SEED = 20230301;

export function seededRandom(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const rnd = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Map from article id to fold index in [0, k). Ids are sorted first so input order does not matter. */
export function assignFolds(ids: Iterable<string>, k: number, seed = DEFAULT_SEED): Map<string, number> {
  const sorted = [...new Set(ids)].sort();
  const order = shuffled(sorted, seed);
  return new Map(order.map((id, i) => [id, i % k]));
}
