import type { Token } from '../doc/segment.js';
import { formLift } from './span-lexicon.js';
import type { SpanLexicon } from './span-lexicon.js';

/**
 * Which words a detected span shows as its cues. The scores that cut a span
 * (the locator's or the paragraph model's, per token) also give weight to the
 * function words around a loaded one; a reader should see the words that
 * carried the technique, so the span lexicon vets them.
 */

/**
 * Cue words must carry at least this share of the span's strongest cue word's
 * score (the rest are mostly function words next to the loaded one).
 */
export const CUE_MIN_SHARE = 0.25;

/** A cue word's lift for its technique in the span lexicon must reach this to be shown when the word is common. */
const CUE_MIN_LIFT = 0.5;

/**
 * Whether a word may be shown as a cue of technique `c`. A common word (one
 * with a word feature in the model) must be one the annotators put inside that
 * technique's spans more often than elsewhere (span-lexicon lift ≥
 * CUE_MIN_LIFT): "no" for a false dilemma, "our" for flag waving, but not the
 * "of" or "de" that happen to stand next to a loaded word and share its
 * locator score. A rare word has no lexicon entry to ask and is shown; so are
 * names and numbers (shown with their role), and every word of a language
 * without a lexicon.
 */
export function isExplainingCue(form: string, c: number, lang: string, lexicon: SpanLexicon | undefined, index: { get(key: string): number | undefined }): boolean {
  if (!lexicon || form.startsWith('<')) return true;
  if ((formLift(lexicon, form, lang)?.[c] ?? 0) >= CUE_MIN_LIFT) return true;
  return index.get(`${lang}|w:${form}`) === undefined;
}

/**
 * The span's cue words, strongest first (at most four): positive scores only,
 * words the span lexicon backs for the technique (isExplainingCue), each
 * carrying at least CUE_MIN_SHARE of the strongest one's score. When no word of
 * the span passes the lexicon test, the strongest words are shown anyway: every
 * span keeps a reason.
 */
export function cueWordsOf(cut: { first: number; last: number }, tokens: readonly Token[], score: ArrayLike<number>, describe: (i: number) => string, explains: (i: number) => boolean): string[] {
  const words: Array<{ i: number; v: number }> = [];
  for (let i = Math.max(0, cut.first); i <= cut.last && i < tokens.length; i++) if (score[i]! > 0 && tokens[i]!.isWord) words.push({ i, v: score[i]! });
  // the sort is stable: ties keep token order
  words.sort((a, b) => b.v - a.v);
  const backed = words.filter((w) => explains(w.i));
  const shown = backed.length > 0 ? backed : words;
  const floor = CUE_MIN_SHARE * (shown[0]?.v ?? 0);
  const cues: string[] = [];
  for (const w of shown) {
    if (cues.length >= 4 || w.v < floor) break;
    const t = describe(w.i);
    if (!cues.includes(t)) cues.push(t);
  }
  return cues;
}
