/**
 * Close matches for a mistyped label: for "did you mean" suggestions and for
 * repairing the odd corrupted label in corpus files.
 */

/** Levenshtein distance, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const x = [...a.toLowerCase()];
  const y = [...b.toLowerCase()];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/** Candidates within `maxDistance` edits (or containing the query), closest first. */
export function closestLabels(query: string, candidates: readonly string[], maxDistance = 3): string[] {
  const q = query.toLowerCase();
  return candidates
    .map((c) => ({ c, d: c.toLowerCase().includes(q) && q.length >= 3 ? 0 : editDistance(query, c) }))
    .filter((x) => x.d <= maxDistance)
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1))
    .map((x) => x.c);
}

/** The single label within `maxDistance` edits, when exactly one is closest; otherwise undefined. */
export function repairLabel(label: string, candidates: readonly string[], maxDistance = 3): string | undefined {
  const scored = candidates.map((c) => ({ c, d: editDistance(label, c) })).sort((a, b) => a.d - b.d);
  const [best, second] = scored;
  if (!best || best.d > maxDistance) return undefined;
  if (second && second.d === best.d) return undefined;
  return best.c;
}
