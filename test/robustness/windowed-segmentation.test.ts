/**
 * Long paragraphs are segmented in windows (Intl.Segmenter is quadratic on one
 * long string); the boundaries must be those of segmenting the whole range at once.
 */
import { describe, expect, it } from 'vitest';
import { segmentSentences16, segmentTokens16 } from '../../src/doc/segment.js';

/** The unwindowed reference: every word-like or non-blank segment of the whole range. */
function referenceTokens(text: string): Array<{ start: number; end: number; isWord: boolean }> {
  const out: Array<{ start: number; end: number; isWord: boolean }> = [];
  for (const seg of new Intl.Segmenter('en', { granularity: 'word' }).segment(text)) {
    if (seg.isWordLike) out.push({ start: seg.index, end: seg.index + seg.segment.length, isWord: true });
    else if (seg.segment.trim() !== '') out.push({ start: seg.index, end: seg.index + seg.segment.length, isWord: false });
  }
  return out;
}

const LINE =
  'Officials said on Monday that 12,500 people (about 3.5%) had left the city — "we cannot stay," one resident told us. 😀 ' +
  'Ministers denied it: the figures were wrong, they said, and the report was a lie! Was it? Nobody knows… ';

describe('windowed segmentation', () => {
  it('gives the same word tokens as one pass over a 40k-character line', () => {
    // no dotted acronyms in the line, so the reference needs no acronym merge
    const text = LINE.repeat(Math.ceil(40_000 / LINE.length));
    expect(segmentTokens16(text, 0, text.length, 'en')).toEqual(referenceTokens(text));
  });

  it('gives the same sentences as one pass over a 40k-character line', () => {
    const text = LINE.repeat(Math.ceil(40_000 / LINE.length));
    const whole = Array.from(new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text), (s) => s.segment.trimEnd());
    const windowed = segmentSentences16(text, 0, text.length, 'en').map((r) => text.slice(r.start, r.end));
    // the abbreviation fix-ups only ever join; this text has none to join
    expect(windowed).toEqual(whole.filter((s) => s !== ''));
  });

  it('keeps a word longer than the window whole', () => {
    const text = `Officials ${'x'.repeat(20_000)} said.`;
    const tokens = segmentTokens16(text, 0, text.length, 'en');
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Officials', 'x'.repeat(20_000), 'said', '.']);
  });
});
