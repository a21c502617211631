import { describe, expect, it } from 'vitest';
import { bestThreshold, languageThresholds, microF1At, OFFSET_GRID, offsetsByTechnique, techniqueOffsets, THRESHOLD_GRID } from '../../src/techniques/threshold.js';
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
    const own = languageThresholds(probs, gold, langs, 0.5);
    // at 0.5 language b finds nothing (F1 0); at its own threshold (0.3) it finds both and nothing else
    expect(Object.keys(own)).toEqual(['b']);
    expect(own.b!.threshold).toBe(0.3);
    expect(own.b!.microF1).toBe(1);
    expect(own.b!.globalF1).toBe(0);
  });

  it('keeps the global threshold where a language gains less than the margin', () => {
    // at 0.25 both languages are perfect except the decoy of a at 0.45
    const own = languageThresholds(probs, gold, langs, 0.25);
    expect(own.b).toBeUndefined();
    expect(own.a?.threshold).toBe(0.6);
    expect(microF1At(probs.slice(0, 2), gold.slice(0, 2), 0.25)).toBeCloseTo(0.8, 10);
    // a margin is required: an equal F1 never replaces the global threshold
    expect(languageThresholds(probs, gold, langs, 0.3)).toEqual({ a: { threshold: 0.6, microF1: 1, globalF1: 0.8 } });
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
});
