import { describe, expect, it } from 'vitest';
import { majorityLabel, mostFrequentLabels, paragraphSpanBaseline } from '../../src/eval/baselines.js';

describe('trivial baselines', () => {
  it('majority label, ties broken by label order', () => {
    expect(majorityLabel(['b', 'a', 'b', 'a', 'c'])).toBe('a');
    expect(majorityLabel(['opinion', 'reporting', 'reporting'])).toBe('reporting');
    expect(majorityLabel([])).toBeUndefined();
  });

  it('most frequent labels: as many as maximise micro-F1 on the training items', () => {
    // P in 4/4 items, E in 2/4: {P}: tp 4, fn 2 -> 8/10; {P,E}: tp 6, fp 2 -> 12/14 (better); {P,E,X}: tp 7, fp 5 -> 14/19
    expect(mostFrequentLabels([['P', 'E'], ['P', 'E'], ['P', 'X'], ['P']])).toEqual(['P', 'E']);
    // a rare label alone is not worth predicting on every item: predicting nothing scores 0, {A}: 2/(2+9)
    expect(mostFrequentLabels([['A'], [], [], [], [], [], [], [], [], []])).toEqual(['A']);
    expect(mostFrequentLabels([[], []])).toEqual([]);
    expect(mostFrequentLabels([['A', 'B', 'C']], 2)).toEqual(['A', 'B']);
  });

  it('labels whole paragraphs, skipping empty ones', () => {
    expect(paragraphSpanBaseline('en/1', [{ start: 0, end: 5 }, { start: 7, end: 7 }], 'Loaded_Language')).toEqual([
      { id: 'en/1', technique: 'Loaded_Language', start: 0, end: 5 },
    ]);
  });
});
