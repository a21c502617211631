import type { Doc } from '../doc/doc.js';

import type { NgramToken } from './ngrams.js';

const lowerWordCache = new WeakMap<Doc, Set<string>>();

/**
 * Words the document writes in lower case somewhere: evidence that a
 * capitalised occurrence of the same word is an ordinary word (a title-case
 * headline), not a name. Decided by how the text writes a word, never by
 * which name it is. Used by the technique features and the entity finder.
 */
export function lowerCaseWords(doc: Doc): Set<string> {
  let set = lowerWordCache.get(doc);
  if (!set) {
    set = new Set();
    for (const t of doc.tokens) if (t.isWord && t.text === t.lower) set.add(t.lower);
    lowerWordCache.set(doc, set);
  }
  return set;
}

/**
 * Words written in lower case in at least `minRuns` of the given token runs
 * (paragraphs of a training corpus): the ordinary words of a language as its
 * training text shows them. The technique trainer hands them to tokenForms as
 * `knownWords`, so that a capitalised sentence opener it never saw in lower
 * case is a name in training as in detection (where the model's own
 * vocabulary answers instead).
 */
export function lowerCaseVocabulary(runs: Iterable<readonly NgramToken[]>, minRuns: number): Set<string> {
  const runsWith = new Map<string, number>();
  for (const tokens of runs) {
    const seen = new Set<string>();
    for (const t of tokens) if (t.isWord && t.text === t.lower) seen.add(t.lower);
    for (const w of seen) runsWith.set(w, (runsWith.get(w) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [w, n] of runsWith) if (n >= minRuns) out.add(w);
  return out;
}
