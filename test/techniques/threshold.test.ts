import { describe, expect, it } from 'vitest';
import { bestThreshold, languageThresholdMinGain, languageThresholds, microF1At, OFFSET_GRID, offsetsByTechnique, techniqueOffsets, THRESHOLD_GRID } from '../../src/techniques/threshold.js';
import { TECHNIQUES } from '../../src/taxonomy/ids.js';

describe('global threshold choice', () => {
  it('spans 0.1 to 0.9 in steps of 0.025', () => {
    expect(THRESHOLD_GRID[0]).toBe(0.1);
    expect(THRESHOLD_GRID[THRESHOLD_GRID.length - 1]).toBe(0.9);
    expect(THRESHOLD_GRID[1]).toBe(0.125);
  });

  it('picks the threshold that separates gold from non-gold labels', () => {
    // label 0 is gold at probabilities 0.6 and 0.7; label 1 is never gold and reaches 0.5
    const probs = [Float64Array.of(0.6, 0.5), Float64Array.of(0.7, 0.2), Float64Array.of(0.3, 0.45)];
    const gold = [[0], [0], []];
    const best = bestThreshold(probs, gold);
    expect(best.microF1).toBe(1);
    // every threshold in (0.5, 0.6] separates them; ties go to the highest
    expect(best.threshold).toBe(0.6);
  });

  it('lowers the threshold when gold labels sit at low probabilities', () => {
    const probs = [Float64Array.of(0.15, 0.05), Float64Array.of(0.2, 0.01)];
    const best = bestThreshold(probs, [[0], [0]]);
    expect(best.threshold).toBe(0.15);
    expect(best.microF1).toBe(1);
  });
});

describe('per-language thresholds', () => {
  // language "a": gold at 0.6 and 0.7, a decoy at 0.45; language "b": gold at 0.3 and 0.32, a decoy at 0.2
  const probs = [Float64Array.of(0.6, 0.45), Float64Array.of(0.7, 0.1), Float64Array.of(0.3, 0.2), Float64Array.of(0.32, 0.05)];
  const gold = [[0], [0], [0], [0]];
  const langs = ['a', 'a', 'b', 'b'];

  it('gives a language its own threshold when it clearly beats the global one there', () => {
    const own = languageThresholds(probs, gold, langs, 0.5, THRESHOLD_GRID, {}, () => 0.01);
    // at 0.5 language b finds nothing (F1 0); at its own threshold (0.3) it finds both and nothing else
    expect(Object.keys(own)).toEqual(['b']);
    expect(own.b!.threshold).toBe(0.3);
    expect(own.b!.microF1).toBe(1);
    expect(own.b!.globalF1).toBe(0);
  });

  it('keeps the global threshold where a language gains less than the margin', () => {
    // at 0.25 both languages are perfect except the decoy of a at 0.45
    const own = languageThresholds(probs, gold, langs, 0.25, THRESHOLD_GRID, {}, () => 0.01);
    expect(own.b).toBeUndefined();
    expect(own.a?.threshold).toBe(0.6);
    expect(microF1At(probs.slice(0, 2), gold.slice(0, 2), 0.25)).toBeCloseTo(0.8, 10);
    // a margin is required: an equal F1 never replaces the global threshold
    expect(languageThresholds(probs, gold, langs, 0.3, THRESHOLD_GRID, {}, () => 0.01)).toEqual({ a: { threshold: 0.6, microF1: 1, globalF1: 0.8 } });
  });
});

describe('the per-language margin', () => {
  it('is 0.01 for a language of 2,000 paragraphs and shrinks with the square root of its size', () => {
    expect(languageThresholdMinGain(2000)).toBeCloseTo(0.01, 12);
    expect(languageThresholdMinGain(8000)).toBeCloseTo(0.005, 12);
    expect(languageThresholdMinGain(500)).toBeCloseTo(0.02, 12);
    expect(languageThresholdMinGain(0)).toBeGreaterThan(0.1);
  });

  it('keeps a small language at the global threshold where a large one with the same gain moves', () => {
    // at 0.4 the decoys at 0.45 cost micro-F1 0.2 (0.8 against 1 above them): more than 0.01, less than the margin of 4 paragraphs (0.22)
    const probs = [Float64Array.of(0.6, 0.45), Float64Array.of(0.7, 0.1), Float64Array.of(0.6, 0.45), Float64Array.of(0.7, 0.1)];
    const gold = [[0], [0], [0], [0]];
    expect(languageThresholds(probs, gold, ['a', 'a', 'a', 'a'], 0.4, THRESHOLD_GRID, {})).toEqual({});
    expect(Object.keys(languageThresholds(probs, gold, ['a', 'a', 'a', 'a'], 0.4, THRESHOLD_GRID, {}, () => 0.01))).toEqual(['a']);
  });
});

describe('technique-free paragraph weights', () => {
  // one gold paragraph at 0.5, and a technique-free paragraph with a decoy at 0.4
  const probs = [Float64Array.of(0.5), Float64Array.of(0.4)];
  const gold = [[0], []];

  it('counts a false positive in a technique-free paragraph as many times as its weight', () => {
    // at 0.35: one true positive, one false positive (weight 3: three), no miss
    expect(microF1At(probs, gold, 0.35)).toBeCloseTo(2 / 3, 10);
    expect(microF1At(probs, gold, 0.35, 3)).toBeCloseTo(2 / 5, 10);
    // a false positive beside a gold technique is never weighted
    expect(microF1At([Float64Array.of(0.5, 0.4)], [[0]], 0.35, 3)).toBeCloseTo(2 / 3, 10);
  });

  it('moves a language to a higher threshold where its technique-free paragraphs weigh more', () => {
    // gold at 0.5 and 0.3, a decoy at 0.4 in a technique-free paragraph
    const p = [Float64Array.of(0.5), Float64Array.of(0.4), Float64Array.of(0.3)];
    const g = [[0], [], [0]];
    const langs = ['x', 'x', 'x'];
    // unweighted, 0.3 (both gold and the decoy: 0.8) beats anything above the decoy (2/3)
    expect(languageThresholds(p, g, langs, 0.3, THRESHOLD_GRID, {}, () => 0.01)).toEqual({});
    // the decoy standing for four paragraphs: 0.3 reads 4/8 = 0.5, above the decoy 2/3 (ties: the highest, 0.5)
    const own = languageThresholds(p, g, langs, 0.3, THRESHOLD_GRID, { x: 4 }, () => 0.01);
    expect(own.x?.threshold).toBe(0.5);
    expect(own.x?.microF1).toBeCloseTo(2 / 3, 10);
    expect(own.x?.globalF1).toBeCloseTo(0.5, 10);
  });
});

describe('per-technique offsets', () => {
  it('lowers a technique whose gold sits under the threshold and raises one whose decoys sit over it', () => {
    // technique 0: gold at 0.33 and 0.36, under the 0.4 threshold; technique 1: decoys at 0.42 and 0.45, gold at 0.6
    const probs = [Float64Array.of(0.33, 0.42), Float64Array.of(0.36, 0.45), Float64Array.of(0.1, 0.6), Float64Array.of(0.05, 0.1)];
    const gold = [[0], [0], [1], []];
    const offsets = techniqueOffsets(probs, gold, [0.4, 0.4, 0.4, 0.4]);
    // the smallest move that catches both golds of 0 (-0.075 reaches 0.325), the smallest that drops both decoys of 1
    expect(offsets[0]).toBeCloseTo(-0.075, 10);
    expect(offsets[1]).toBeCloseTo(0.075, 10);
    expect(offsetsByTechnique(offsets)).toEqual({ [TECHNIQUES[0]!]: offsets[0], [TECHNIQUES[1]!]: offsets[1] });
    // every offset lies on the grid, which holds 0
    expect(OFFSET_GRID).toContain(0);
  });

  it('keeps 0 where no offset pays by the margin', () => {
    const probs = [Float64Array.of(0.9, 0.05), Float64Array.of(0.1, 0.8)];
    const offsets = techniqueOffsets(probs, [[0], [1]], [0.4, 0.4]);
    expect(Array.from(offsets)).toEqual([0, 0]);
    expect(offsetsByTechnique(offsets)).toEqual({});
  });

  it('measures each paragraph against its own base threshold', () => {
    // the same probability 0.35 is gold in a language at 0.3 and a decoy in one at 0.4: no offset helps
    const probs = [Float64Array.of(0.35), Float64Array.of(0.35), Float64Array.of(0.3)];
    expect(Array.from(techniqueOffsets(probs, [[0], [], []], [0.3, 0.4, 0.4]))).toEqual([0]);
  });

  it('raises a technique whose decoys sit in technique-free paragraphs that weigh more', () => {
    // technique 0: gold at 0.5 and 0.41, one decoy at 0.45 in a technique-free paragraph, threshold 0.4
    const probs = [Float64Array.of(0.5), Float64Array.of(0.41), Float64Array.of(0.45)];
    const gold = [[0], [0], []];
    const base = [0.4, 0.4, 0.4];
    // unweighted, keeping the decoy (0.8) beats dropping it with the gold at 0.41 (at most 2/3): no offset
    expect(Array.from(techniqueOffsets(probs, gold, base))).toEqual([0]);
    // the decoy counted four times: 0.5 at offset 0, 2/3 from +0.075 on (the nearest to 0 of equals)
    expect(Array.from(techniqueOffsets(probs, gold, base, OFFSET_GRID, 3, [1, 1, 4]))).toEqual([0.075]);
  });
});
