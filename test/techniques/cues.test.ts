import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { CUE_MIN_SHARE, cueWordsOf, isExplainingCue } from '../../src/techniques/cues.js';
import type { SpanLexicon } from '../../src/techniques/span-lexicon.js';
import { TECHNIQUES } from '../../src/taxonomy/ids.js';

const T = TECHNIQUES.length;
const LOADED = TECHNIQUES.indexOf('Loaded_Language');
const DILEMMA = TECHNIQUES.indexOf('False_Dilemma-No_Choice');

/** A lexicon entry with one technique's lift. */
function lift(c: number, v: number): Float32Array {
  const row = new Float32Array(T);
  row[c] = v;
  return row;
}

describe('cue words of a span', () => {
  // "of" is common (the model has a word feature for it) and the annotators never favoured it;
  // "no" is common and favoured for false dilemmas; "spineless" is too rare for either
  const lexicon: SpanLexicon = new Map([
    ['w:no', lift(DILEMMA, 1.2)],
    ['w:gang', lift(LOADED, 2.5)],
  ]);
  const vocabulary = new Set(['en|w:of', 'en|w:no', 'en|w:gang', 'en|w:the']);
  const index = { get: (k: string) => (vocabulary.has(k) ? 1 : undefined) };

  it('shows common words only where the span lexicon backs them for that technique', () => {
    expect(isExplainingCue('of', LOADED, 'en', lexicon, index)).toBe(false);
    expect(isExplainingCue('gang', LOADED, 'en', lexicon, index)).toBe(true);
    expect(isExplainingCue('no', DILEMMA, 'en', lexicon, index)).toBe(true);
    // backed for another technique only
    expect(isExplainingCue('no', LOADED, 'en', lexicon, index)).toBe(false);
    // rare words, names and languages without a lexicon are never filtered
    expect(isExplainingCue('spineless', LOADED, 'en', lexicon, index)).toBe(true);
    expect(isExplainingCue('<NAME>', LOADED, 'en', lexicon, index)).toBe(true);
    expect(isExplainingCue('of', LOADED, 'es', undefined, index)).toBe(true);
  });

  const doc = new Doc('A gang of spineless cowards.', { lang: 'en' });
  const tokens = doc.tokens;
  const words = tokens.map((t) => t.text);
  const span = { first: 0, last: tokens.length - 1 };
  const describe_ = (i: number) => tokens[i]!.text;

  it('keeps backed words, strongest first, above a share of the strongest', () => {
    const score = words.map((w) => ({ gang: 2, of: 1.5, spineless: 1, cowards: 0.2 * CUE_MIN_SHARE * 2 })[w] ?? 0);
    const explains = (i: number) => isExplainingCue(tokens[i]!.lower, LOADED, 'en', lexicon, index);
    // "of" is dropped by the lexicon, "cowards" by the share floor (below a quarter of "gang")
    expect(cueWordsOf(span, tokens, score, describe_, explains)).toEqual(['gang', 'spineless']);
  });

  it('falls back to the strongest words when none is backed, so that every span keeps a reason', () => {
    const score = words.map((w) => ({ of: 1, A: 0.9 })[w] ?? 0);
    expect(cueWordsOf(span, tokens, score, describe_, () => false)).toEqual(['of', 'A']);
    expect(cueWordsOf(span, tokens, words.map(() => 0), describe_, () => true)).toEqual([]);
  });
});
