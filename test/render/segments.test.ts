import { describe, expect, it } from 'vitest';
import { codePointSlicer, segmentRange } from '../../src/render/segments.js';

describe('segmentRange', () => {
  it('covers the range exactly and cuts at every span boundary', () => {
    const spans = [{ start: 2, end: 8 }, { start: 5, end: 12 }, { start: 5, end: 6 }];
    expect(segmentRange(spans, 0, 15)).toEqual([
      { start: 0, end: 2, spans: [] },
      { start: 2, end: 5, spans: [0] },
      { start: 5, end: 6, spans: [0, 1, 2] },
      { start: 6, end: 8, spans: [0, 1] },
      { start: 8, end: 12, spans: [1] },
      { start: 12, end: 15, spans: [] },
    ]);
  });

  it('clips spans to the range, ignores empty and outside spans', () => {
    const spans = [{ start: 0, end: 4 }, { start: 3, end: 3 }, { start: 9, end: 20 }, { start: 30, end: 31 }];
    expect(segmentRange(spans, 2, 10)).toEqual([
      { start: 2, end: 4, spans: [0] },
      { start: 4, end: 9, spans: [] },
      { start: 9, end: 10, spans: [2] },
    ]);
    expect(segmentRange(spans, 5, 5)).toEqual([]);
  });

  it('identical spans share every segment', () => {
    expect(segmentRange([{ start: 1, end: 3 }, { start: 1, end: 3 }], 0, 3)).toEqual([
      { start: 0, end: 1, spans: [] },
      { start: 1, end: 3, spans: [0, 1] },
    ]);
  });
});

describe('codePointSlicer', () => {
  it('slices by code points, not UTF-16 units', () => {
    const s = codePointSlicer('a😀b👍🏽c');
    expect(s.length).toBe(6);
    expect(s.slice(1, 2)).toBe('😀');
    expect(s.slice(3, 5)).toBe('👍🏽');
    expect(s.slice(5, 6)).toBe('c');
  });
});
