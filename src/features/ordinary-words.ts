import type { Doc } from '../doc/doc.js';

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
