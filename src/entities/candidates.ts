import type { Cues } from '../claims/cues.js';
import { isCapitalized, isQuote } from '../claims/sentence.js';
import type { SentenceView } from '../claims/sentence.js';

/** A run of tokens that looks like a proper name, as token indices into a SentenceView. */
export interface NameRun {
  from: number;
  to: number;
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 6 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Whether token i opens the sentence or a quotation inside it (its capital says nothing). */
function isClauseInitial(view: SentenceView, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = view.tokens[j]!;
    if (t.isWord) return false;
    if (isQuote(t.text) || /^[:—–(\-]$/u.test(t.text)) return true;
  }
  return true;
}

function nameLike(view: SentenceView, i: number, cues: Cues, knownNames: ReadonlySet<string>): boolean {
  const t = view.tokens[i]!;
  if (!t.isWord || !isCapitalized(t.text) || /^\p{N}/u.test(t.text)) return false;
  if (cues.nonEntityCapitalized.has(t.lower)) return false;
  if (isAcronym(t.text) || cues.places.matchesWhole(t.text) || cues.organizationWords.matchesWhole(t.text)) return true;
  if (cues.capitalizedNouns) return knownNames.has(t.lower);
  if (!isClauseInitial(view, i)) return true;
  return knownNames.has(t.lower);
}

/**
 * Proper-name runs in a sentence: capitalised words that are not sentence
 * openers or function words, joined across connectors ("Bank of England").
 * Where every noun is capitalised (German) a run needs two capitalised words,
 * a title before it, a lexicon hit or an acronym. `knownNames` holds lower-cased
 * words seen capitalised mid-sentence elsewhere in the document, so a name that
 * opens a sentence is still found.
 */
export function nameRuns(view: SentenceView, cues: Cues, knownNames: ReadonlySet<string> = new Set()): NameRun[] {
  const runs: NameRun[] = [];
  const toks = view.tokens;
  const capital = (i: number): boolean => {
    const t = toks[i];
    return !!t && t.isWord && isCapitalized(t.text) && !cues.nonEntityCapitalized.has(t.lower) && !/^\p{N}/u.test(t.text);
  };
  let i = 0;
  while (i < toks.length) {
    if (!capital(i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      if (capital(j + 1)) j++;
      else if (toks[j + 1] && /^[-'’]$/u.test(toks[j + 1]!.text) && toks[j + 1]!.start === toks[j]!.end && capital(j + 2)) j += 2;
      else if (toks[j + 1] && cues.nameConnectors.has(toks[j + 1]!.lower) && capital(j + 2)) j += 2;
      else break;
    }
    const multi = j > i;
    const precededByTitle = i > 0 && cues.titleWords.has(toks[i - 1]!.lower);
    let keep: boolean;
    if (cues.capitalizedNouns) keep = multi || precededByTitle || nameLike(view, i, cues, knownNames);
    else keep = multi ? true : precededByTitle || nameLike(view, i, cues, knownNames);
    if (keep) runs.push({ from: i, to: j });
    i = j + 1;
  }
  return runs;
}
