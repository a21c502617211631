import type { Cues } from '../claims/cues.js';
import { bareWord, isCapitalized, isQuote } from '../claims/sentence.js';
import type { SentenceView } from '../claims/sentence.js';
import { stemmerFor } from '../features/stemmers.js';
import { isTitleCaseLine } from './title-case.js';

/** Languages whose names inflect: a name is known by its stem ("Зеленского" ~ "Зеленский"). */
const INFLECTING = new Set(['ru', 'pl', 'de', 'uk']);

/** The form under which a word is remembered as a known name. */
export function nameKey(word: string, language: string): string {
  const lower = word.toLowerCase();
  const stem = INFLECTING.has(language) ? stemmerFor(language) : undefined;
  return stem ? stem(lower) : lower;
}

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

/**
 * "Harlan said…", "Кремль заявил…", "Harlan is…": a capitalised word opening the
 * sentence right before a reporting or linking verb is a name, unless it is a
 * source noun ("Scientists say") or, in English, a plural ("Farmers say").
 */
function subjectOfSpeechOrCopula(view: SentenceView, i: number, word: string, cues: Cues): boolean {
  const next = view.tokens[i + 1];
  if (!next || !next.isWord) return false;
  const rest = view.text.slice(view.text.length - (view.doc.toUtf16(view.end) - view.doc.toUtf16(next.start)));
  const verbFollows = [cues.reportingVerbs, cues.copulas].some((m) => m.find(rest).some((h) => h.start === 0));
  if (!verbFollows) return false;
  if ([cues.anonymousSources, cues.vagueAuthorities, cues.documentNouns].some((m) => m.matchesWhole(word))) return false;
  if (cues.language === 'en' && /[^s]s$/.test(word)) return false;
  return true;
}

function nameLike(view: SentenceView, i: number, cues: Cues, knownNames: ReadonlySet<string>): boolean {
  const t = view.tokens[i]!;
  const word = bareWord(t.text);
  if (!t.isWord || !isCapitalized(word) || /^\p{N}/u.test(word)) return false;
  if (cues.nonEntityCapitalized.has(word.toLowerCase())) return false;
  if (isAcronym(word) || cues.places.matchesWhole(word) || cues.organizationWords.matchesWhole(word)) return true;
  const key = nameKey(word, cues.language);
  if (cues.capitalizedNouns) return knownNames.has(key);
  if (!isClauseInitial(view, i)) return true;
  return knownNames.has(key) || subjectOfSpeechOrCopula(view, i, word, cues);
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
  return view.memo(`names:${cues.language}:${knownNames.size}`, () => computeNameRuns(view, cues, knownNames));
}

function computeNameRuns(view: SentenceView, cues: Cues, knownNames: ReadonlySet<string>): NameRun[] {
  // in a title-case line (a headline) a capital proves nothing: only words the
  // rest of the text capitalises mid-sentence count (capitalisedMidSentence skips such lines)
  const onlyKnown = isTitleCaseLine(view, cues);
  const runs: NameRun[] = [];
  const toks = view.tokens;
  const capital = (i: number): boolean => {
    const t = toks[i];
    if (!t || !t.isWord) return false;
    // "neo-Nazi": a capital inside a hyphenated word is no name.
    const prev = toks[i - 1];
    if (prev && prev.text === '-' && prev.end === t.start && toks[i - 2]?.end === prev.start) return false;
    const word = bareWord(t.text).replace(/['’]s$/u, '');
    if (onlyKnown && !knownNames.has(nameKey(word, cues.language))) return false;
    return isCapitalized(word) && !cues.nonEntityCapitalized.has(word.toLowerCase()) && !/^\p{N}/u.test(word);
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
      // "Rev. David W. Dockery", "U.S. Senate": an abbreviation's period inside a name.
      else if (toks[j + 1]?.text === '.' && toks[j + 1]!.start === toks[j]!.end && [...toks[j]!.text].length <= 4 && capital(j + 2)) j += 2;
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
