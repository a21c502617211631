import type { NgramToken } from './ngrams.js';

/**
 * Names in German training text, where a capital letter marks every noun and so says nothing
 * about a name. "Putin" kept its identity in the technique features while "Poutine" and the
 * English "Putin" were read as `<NAME>`: the model learnt a weight for the man, and swapping him
 * for another name changed the verdict. Two kinds of evidence, both from how texts write words,
 * never from labels or from who the word is:
 * - the other training languages write the word capitalised inside a sentence (in at least
 *   `minRuns` paragraphs of at least two of them) and never as an ordinary lower-case word;
 * - German puts it right after a title or office ("Außenministerin", "Präsident", "Herr") or
 *   after another such name ("Annalena Baerbock"), in at least two paragraphs.
 * Either way, a word German writes in lower case, or puts after an article in half its uses or
 * more ("die Welt", "die Zeitung": nouns that are newspaper names elsewhere), is not a name.
 */
/** Languages (corpus codes) whose capital letters mark nouns, not names: their names come from germanNames. */
export const NOUN_CAPS_LANGS: ReadonlySet<string> = new Set(['ge']);

export interface LanguageText {
  /** Token runs (paragraphs) of the language's training text. */
  runs: ReadonlyArray<readonly NgramToken[]>;
  /** Its ordinary words (written in lower case: WordCaseVocabulary.known). */
  known: ReadonlySet<string>;
}

const DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'jener', 'jene', 'jenes', 'jenen', 'jenem',
]);

/** Titles and offices that precede a name, as whole lower-cased words or word endings of compounds. */
const TITLE = /^(herrn?|frau|dr|prof|papst|könig(in)?|fürst(in)?|general|senator(in)?|gouverneur(in)?|premier|abgeordneten?|vorsitzenden?|[\p{L}-]*(präsident|kanzler|minister|chef|sprecher|bürgermeister|botschafter|kandidat|führer|politiker|aktivist|journalist|autor|experte|expertin)(in)?)$/u;

const SENTENCE_END = /^[.!?…]+$/u;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

const isCapitalisedWord = (t: NgramToken): boolean => t.isWord && UPPER_START.test(t.text) && HAS_LOWER.test(t.text);

/** Lower-cased words written capitalised inside a sentence, with the number of runs each is in. */
function capitalisedInside(runs: ReadonlyArray<readonly NgramToken[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const tokens of runs) {
    const seen = new Set<string>();
    let previousWasWord = false;
    let previousSentence: number | undefined;
    for (const t of tokens) {
      if (!t.isWord) {
        if (SENTENCE_END.test(t.text)) previousWasWord = false;
        continue;
      }
      if (previousWasWord && t.sentence === previousSentence && isCapitalisedWord(t)) seen.add(t.lower);
      previousWasWord = true;
      previousSentence = t.sentence;
    }
    for (const w of seen) out.set(w, (out.get(w) ?? 0) + 1);
  }
  return out;
}

/** Capitalised words right after a title or a known name, with the number of runs each is in. */
function afterTitles(runs: ReadonlyArray<readonly NgramToken[]>, names: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const tokens of runs) {
    const seen = new Set<string>();
    let previous: NgramToken | undefined;
    for (const t of tokens) {
      if (!t.isWord) {
        previous = undefined;
        continue;
      }
      if (previous && isCapitalisedWord(t) && (TITLE.test(previous.lower) || (isCapitalisedWord(previous) && names.has(previous.lower)))) seen.add(t.lower);
      previous = t;
    }
    for (const w of seen) out.set(w, (out.get(w) ?? 0) + 1);
  }
  return out;
}

/** Share of each word's capitalised uses that follow a determiner. */
function afterDeterminerShare(runs: ReadonlyArray<readonly NgramToken[]>): Map<string, number> {
  const uses = new Map<string, number>();
  const after = new Map<string, number>();
  for (const tokens of runs) {
    let previous: NgramToken | undefined;
    for (const t of tokens) {
      if (!t.isWord) continue;
      if (isCapitalisedWord(t)) {
        uses.set(t.lower, (uses.get(t.lower) ?? 0) + 1);
        if (previous && DETERMINERS.has(previous.lower)) after.set(t.lower, (after.get(t.lower) ?? 0) + 1);
      }
      previous = t;
    }
  }
  return new Map([...uses].map(([w, n]) => [w, (after.get(w) ?? 0) / n]));
}

export function germanNames(target: LanguageText, others: readonly LanguageText[], minRuns: number): Set<string> {
  const knownElsewhere = new Set<string>();
  const languagesWith = new Map<string, number>();
  for (const other of others) {
    for (const w of other.known) knownElsewhere.add(w);
    for (const [w, runs] of capitalisedInside(other.runs)) if (runs >= minRuns) languagesWith.set(w, (languagesWith.get(w) ?? 0) + 1);
  }
  const determinerShare = afterDeterminerShare(target.runs);
  const isNoun = (w: string): boolean => target.known.has(w) || (determinerShare.get(w) ?? 0) >= 0.5;
  const names = new Set<string>();
  for (const [w, n] of languagesWith) if (n >= 2 && !knownElsewhere.has(w) && !isNoun(w)) names.add(w);
  // twice, so that a name after a first name found the first time ("Annalena Baerbock") joins
  for (let pass = 0; pass < 2; pass++) {
    for (const [w, runs] of afterTitles(target.runs, names)) if (runs >= 2 && !isNoun(w) && !TITLE.test(w)) names.add(w);
  }
  return names;
}

/**
 * Lower-cased words found in at least `minRuns` runs, in any case, except `names`: for a
 * noun-capitalising language, the nouns a model trained on these runs has a word feature for.
 */
export function frequentWords(runs: ReadonlyArray<readonly NgramToken[]>, minRuns: number, names: ReadonlySet<string>): Set<string> {
  const count = new Map<string, number>();
  for (const tokens of runs) {
    const seen = new Set<string>();
    for (const t of tokens) if (t.isWord) seen.add(t.lower);
    for (const w of seen) count.set(w, (count.get(w) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [w, n] of count) if (n >= minRuns && !names.has(w)) out.add(w);
  return out;
}
