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

/** What a training text shows about each word's case (see `wordCaseVocabulary`). */
export interface WordCaseVocabulary {
  /** Ordinary words: lower case in at least `minRuns` runs, and at least as often in lower case as capitalised inside a sentence. */
  known: Set<string>;
  /**
   * Words lower case in at least `minRuns` runs but capitalised inside a sentence more often:
   * names with some lower-case noise (captions, tags: "trump", "salvini"). They have a word
   * feature, so detection must be told that they are not ordinary words.
   */
  capitalised: Set<string>;
}

/**
 * The ordinary words of a language as its training text writes them, for the
 * sentence-opener rule of tokenForms (`knownWords`): a capitalised sentence
 * opener that is not among them is taken for a name, in training as in
 * detection. Counted over token runs (paragraphs); a word counts as
 * capitalised inside a sentence when a word of the same sentence precedes it.
 */
export function wordCaseVocabulary(runs: Iterable<readonly NgramToken[]>, minRuns: number): WordCaseVocabulary {
  const runsWith = new Map<string, number>();
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const tokens of runs) {
    const seen = new Set<string>();
    let previousWordSentence: number | undefined;
    let previousWasWord = false;
    for (const t of tokens) {
      if (!t.isWord) {
        // sentence-final punctuation opens a new sentence, as in tokenForms
        if (/^[.!?…]+$/u.test(t.text)) previousWasWord = false;
        continue;
      }
      if (t.text === t.lower) {
        seen.add(t.lower);
        lower.set(t.lower, (lower.get(t.lower) ?? 0) + 1);
      } else if (previousWasWord && t.sentence === previousWordSentence && t.text !== t.text.toUpperCase()) {
        capitalised.set(t.lower, (capitalised.get(t.lower) ?? 0) + 1);
      }
      previousWasWord = true;
      previousWordSentence = t.sentence;
    }
    for (const w of seen) runsWith.set(w, (runsWith.get(w) ?? 0) + 1);
  }
  const out: WordCaseVocabulary = { known: new Set(), capitalised: new Set() };
  for (const [w, n] of runsWith) {
    if (n < minRuns) continue;
    if ((capitalised.get(w) ?? 0) > lower.get(w)!) out.capitalised.add(w);
    else out.known.add(w);
  }
  return out;
}
