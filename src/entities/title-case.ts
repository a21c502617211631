import type { Cues } from '../claims/cues.js';
import { isCapitalized } from '../claims/sentence.js';
import type { SentenceView } from '../claims/sentence.js';
import { lowerCaseWords } from '../features/ordinary-words.js';

/** At least this share of a line's words capitalised makes it a title-case line (a headline)… */
const TITLE_CASE_SHARE = 0.75;
const TITLE_CASE_MIN_WORDS = 4;
/** …when at least this many of its capitalised words are written in lower case elsewhere in the text. */
const ORDINARY_WORDS_MIN = 2;

/**
 * Whether a sentence is written in title case ("Veldavia Will Not Kneel: The
 * Traitors in Our Midst Must Be Stopped"). There a capital says nothing about
 * a word being a name: such lines add nothing to the known names
 * (claims/detect.ts capitalisedMidSentence), and nameRuns only accepts
 * capitalised words the rest of the text writes capitalised mid-sentence.
 * A list of names ("Signed: Anna Berg, Tom Lind, …") is capital-heavy too, so a
 * line only counts when some of its capitalised words are ordinary words: words
 * the text also writes in lower case, or function words of the language
 * ("Will", "Not", "The", "Our"), which a short text may never write in lower
 * case. Never true where every noun is capitalised (German): there ordinary
 * sentences are capital-heavy.
 */
export function isTitleCaseLine(view: SentenceView, cues: Cues): boolean {
  if (cues.capitalizedNouns) return false;
  // asked by the known-names pass and by every nameRuns of the sentence
  return view.memo('titleCase', () => countsAsTitleCase(view, cues));
}

/** A word that is never a name by itself: an article, pronoun, preposition, auxiliary… (month and day names excepted, which are capitalised in ordinary sentences). */
function isFunctionWord(word: string, lower: string, cues: Cues): boolean {
  return cues.nonEntityCapitalized.has(lower) && !cues.months.matchesWhole(word) && !WEEKDAY.test(lower);
}
// English capitalises day names in every sentence; the other languages write them in lower case
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

function countsAsTitleCase(view: SentenceView, cues: Cues): boolean {
  const ordinary = lowerCaseWords(view.doc);
  let words = 0;
  let capitalised = 0;
  let ordinaryCapitalised = 0;
  for (const t of view.tokens) {
    if (!t.isWord || !/^\p{L}/u.test(t.text)) continue;
    words++;
    if (!isCapitalized(t.text)) continue;
    capitalised++;
    if (ordinary.has(t.lower) || isFunctionWord(t.text, t.lower, cues)) ordinaryCapitalised++;
  }
  return words >= TITLE_CASE_MIN_WORDS && capitalised >= TITLE_CASE_SHARE * words && ordinaryCapitalised >= ORDINARY_WORDS_MIN;
}
