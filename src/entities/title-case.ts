import type { Cues } from '../claims/cues.js';
import { isCapitalized } from '../claims/sentence.js';
import type { SentenceView } from '../claims/sentence.js';

/** At least this share of a line's words capitalised makes it a title-case line (a headline). */
const TITLE_CASE_SHARE = 0.75;
const TITLE_CASE_MIN_WORDS = 4;

/**
 * Whether a sentence is written in title case ("Veldavia Will Not Kneel: The
 * Traitors in Our Midst Must Be Stopped"). There a capital says nothing about
 * a word being a name, so the entity finder only accepts capitalised words
 * the rest of the text also writes capitalised mid-sentence. Never true where
 * every noun is capitalised (German): there ordinary sentences are capital-heavy.
 */
export function isTitleCaseLine(view: SentenceView, cues: Cues): boolean {
  if (cues.capitalizedNouns) return false;
  let words = 0;
  let capitalised = 0;
  for (const t of view.tokens) {
    if (!t.isWord || !/^\p{L}/u.test(t.text)) continue;
    words++;
    if (isCapitalized(t.text)) capitalised++;
  }
  return words >= TITLE_CASE_MIN_WORDS && capitalised >= TITLE_CASE_SHARE * words;
}
