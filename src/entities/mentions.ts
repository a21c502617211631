import type { Cues } from '../claims/cues.js';
import { bareWord, SentenceView } from '../claims/sentence.js';
import type { EntityType } from '../pipeline/analysis.js';
import { nameRuns } from './candidates.js';

/** One occurrence of a name in the text (code points), before merging. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** The name's words, lower-cased, without titles and elided articles. */
  words: string[];
  sentence: number;
  type: EntityType;
  /** Preceded or led by a title ("President", "Dr."): a person. */
  titled: boolean;
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 6 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function typeOf(text: string, words: string[], titled: boolean, articled: boolean, cues: Cues): EntityType {
  if (cues.organizationWords.test(text)) return 'organization';
  if (cues.places.matchesWhole(text) || cues.placeWords.test(text)) return 'place';
  if (titled) return 'person';
  if (words.length === 1 && isAcronym(text)) return 'organization';
  // a personal name takes no article ("Anna Lindqvist", not "the Anna Lindqvist"); a multi-word
  // name after one is a body: a bloc, a party, a movement ("the Northern Bloc")
  if (articled && words.length >= 2) return 'organization';
  // Two to four plain capitalised words ("Anna Lindqvist"); abbreviations ("U.S. Constitution") are no personal names.
  if (words.length >= 2 && words.length <= 4 && !/[.\p{N}]/u.test(text) && !text.split(/\s+/).some(isAcronym)) return 'person';
  return 'other';
}

/**
 * Name mentions in every sentence: runs of capitalised words (see
 * candidates.ts), with leading titles split off ("Health Minister Laura
 * Bennett" → the person "Laura Bennett", titled) and a possessive "'s" dropped.
 */
export function findMentions(views: SentenceView[], cues: Cues, knownNames: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  for (const view of views) {
    for (const run of nameRuns(view, cues, knownNames)) {
      let from = run.from;
      let titled = from > 0 && cues.titleWords.has(view.tokens[from - 1]!.lower);
      const articled = from > 0 && cues.definiteArticles.has(view.tokens[from - 1]!.lower);
      while (from < run.to && cues.titleWords.has(bareWord(view.tokens[from]!.text).toLowerCase())) {
        from++;
        titled = true;
      }
      let to = run.to;
      if (to > from && /^['’]s$/u.test(view.tokens[to]!.text)) to--;
      const span = view.tokenSpan(from, to);
      const text = span.text.replace(/['’]s$/u, '');
      const words = view.tokens
        .slice(from, to + 1)
        .filter((t) => t.isWord && !cues.nameConnectors.has(t.lower))
        .map((t) => bareWord(t.text).toLowerCase().replace(/['’]s$/u, ''));
      if (words.length === 0) continue;
      out.push({ start: span.start, end: span.start + [...text].length, text, words, sentence: view.index, type: typeOf(text, words, titled, articled, cues), titled });
    }
  }
  return out;
}
