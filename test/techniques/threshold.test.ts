import { describe, expect, it } from 'vitest';
import { bestThreshold, THRESHOLD_GRID } from '../../src/techniques/threshold.js';

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
